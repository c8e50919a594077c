package vn.dvc.payment.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.dvc.commons.catalog.UnitFeed;

/** Keeps payment-service's copy of the unit tree from {@code catalog-events}, once per event id. */
@ApplicationScoped
public class CatalogEventsConsumer {

    static final String CONSUMER = "payment-catalog-events";

    private final UnitFeed units;

    public CatalogEventsConsumer(UnitFeed units) {
        this.units = units;
    }

    @Incoming("catalog-events")
    @Blocking
    public void consume(ConsumerRecords<String, String> records) {
        units.apply(CONSUMER, records);
    }
}
