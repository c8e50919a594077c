package vn.dvc.contracts.catalog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;

/** A service of the catalogue as it now is, with one offering per tier that provides it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ServiceChanged(String eventId, Instant occurredAt, String code, String name, String field,
                             boolean feeBearing, List<Offering> offerings) implements CatalogEvent {

    /**
     * @param onlineMode    Decree 42 mode ({@code FULL}, {@code PARTIAL}, {@code NONE}); legacy levels arrive
     *                      already mapped
     * @param ownerUnitCode the owning department for a provincial offering, else null
     * @param province      the province (a root unit) that offers it; null: every province of the suite
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Offering(Tier tier, Integer level, String onlineMode, String ownerUnitCode, String province) {

        /** An offering of every province. */
        public Offering(Tier tier, Integer level, String onlineMode, String ownerUnitCode) {
            this(tier, level, onlineMode, ownerUnitCode, null);
        }
    }

    public static String keyOf(String serviceCode) {
        return "service/" + serviceCode;
    }

    @Override
    public String key() {
        return keyOf(code);
    }
}
