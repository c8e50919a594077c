package vn.dvc.contracts.catalog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;

/**
 * A unit as it now is. {@code tier} and {@code kind} travel as names so that a new tier needs no new contract.
 * {@code parentCode} is null for the root of the tree.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record UnitChanged(String eventId, Instant occurredAt, String code, String name, String tier,
                          String parentCode, String kind) implements CatalogEvent {

    public static String keyOf(String unitCode) {
        return "unit/" + unitCode;
    }

    @Override
    public String key() {
        return keyOf(code);
    }
}
