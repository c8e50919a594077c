package vn.dvc.contracts.catalog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;

/**
 * A unit as it now is. {@code tier} is one of the tree's tiers (its JSON the constant's name, as before: a tier a
 * consumer does not know fails the record into its DLQ instead of counting wrong); {@code kind} travels as a name.
 * {@code parentCode} is null for the root of the tree.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record UnitChanged(String eventId, Instant occurredAt, String code, String name, Tier tier,
                          String parentCode, String kind) implements CatalogEvent {

    public static String keyOf(String unitCode) {
        return "unit/" + unitCode;
    }

    @Override
    public String key() {
        return keyOf(code);
    }
}
