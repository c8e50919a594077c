package vn.dvc.reporting.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.stream.StreamSupport;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.dvc.commons.catalog.UnitFeed;
import vn.dvc.reporting.service.ObligationCalendar;

/**
 * Keeps reporting-service's copy of the unit tree from {@code catalog-events}, once per event id; when units changed,
 * forms assigned to a tier get their obligations for new units (and lose those of units that left the tier).
 */
@ApplicationScoped
public class CatalogEventsConsumer {

    static final String CONSUMER = "reporting-catalog-events";

    private final UnitFeed units;
    private final ObligationCalendar calendar;

    public CatalogEventsConsumer(UnitFeed units, ObligationCalendar calendar) {
        this.units = units;
        this.calendar = calendar;
    }

    @Incoming("catalog-events")
    @Blocking
    public void consume(ConsumerRecords<String, String> records) {
        units.apply(CONSUMER, records);
        if (StreamSupport.stream(records.spliterator(), false).anyMatch(record -> record.key() != null
                && record.key().startsWith("unit/"))) {
            calendar.bringUpToDate();
        }
    }
}
