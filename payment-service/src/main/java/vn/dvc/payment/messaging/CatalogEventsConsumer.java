package vn.dvc.payment.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.dvc.commons.catalog.UnitCopy;
import vn.dvc.commons.messaging.OnceOnlyBatches;
import vn.dvc.contracts.catalog.CatalogEvent;
import vn.dvc.contracts.catalog.UnitChanged;

/** Keeps payment-service's copy of the unit tree from {@code catalog-events}, once per event id. */
@ApplicationScoped
public class CatalogEventsConsumer {

    static final String CONSUMER = "payment-catalog-events";

    private final OnceOnlyBatches batches;
    private final UnitCopy units;

    public CatalogEventsConsumer(OnceOnlyBatches batches, UnitCopy units) {
        this.batches = batches;
        this.units = units;
    }

    @Incoming("catalog-events")
    @Blocking
    public void consume(ConsumerRecords<String, String> records) {
        batches.apply(CONSUMER, records, CatalogEvent.class, CatalogEvent::eventId, events -> units.apply(events.stream()
                .filter(UnitChanged.class::isInstance).map(UnitChanged.class::cast).toList()));
    }
}
