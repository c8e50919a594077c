package vn.dvc.commons.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import vn.dvc.commons.messaging.OnceOnlyBatches;
import vn.dvc.contracts.catalog.CatalogEvent;
import vn.dvc.contracts.catalog.UnitChanged;

/**
 * What a consuming service does with a poll of {@code catalog-events} to keep its {@link UnitCopy}: the unit changes
 * applied once per event id, in one transaction. Each service declares its own {@code @Incoming} method (its channel
 * and group are its own) and hands the poll here.
 */
@ApplicationScoped
public class UnitFeed {

    private final OnceOnlyBatches batches;
    private final UnitCopy units;

    public UnitFeed(OnceOnlyBatches batches, UnitCopy units) {
        this.batches = batches;
        this.units = units;
    }

    public void apply(String consumer, ConsumerRecords<String, String> records) {
        batches.apply(consumer, records, CatalogEvent.class, CatalogEvent::eventId, events -> units.apply(events.stream()
                .filter(UnitChanged.class::isInstance).map(UnitChanged.class::cast).toList()));
    }
}
