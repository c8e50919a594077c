package vn.dvc.contracts.catalog;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.Instant;

/** A change of reference data, on the compacted {@code catalog-events} topic. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = UnitChanged.class, name = "UnitChanged"),
    @JsonSubTypes.Type(value = ServiceChanged.class, name = "ServiceChanged")
})
public sealed interface CatalogEvent permits UnitChanged, ServiceChanged {

    String eventId();

    Instant occurredAt();

    /** The Kafka key: one latest record per unit and per service survives compaction. */
    String key();
}
