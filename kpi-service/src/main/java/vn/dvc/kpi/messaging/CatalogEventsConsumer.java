package vn.dvc.kpi.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.dvc.commons.inbox.Inbox;
import vn.dvc.commons.inbox.TransactionRetry;
import vn.dvc.contracts.catalog.CatalogEvent;
import vn.dvc.contracts.catalog.UnitChanged;
import vn.dvc.kpi.service.UnitTree;

/** Keeps the local unit tree from {@code catalog-events}, one transaction per poll, once per event id. */
@ApplicationScoped
public class CatalogEventsConsumer {

    static final String CONSUMER = "kpi-catalog-events";

    private final RecordReader reader;
    private final Inbox inbox;
    private final UnitTree units;
    private final TransactionRetry retry;

    public CatalogEventsConsumer(RecordReader reader, Inbox inbox, UnitTree units, TransactionRetry retry) {
        this.reader = reader;
        this.inbox = inbox;
        this.units = units;
        this.retry = retry;
    }

    @Incoming("catalog-events")
    @Blocking
    public void consume(ConsumerRecords<String, String> records) {
        retry.run("catalog-events batch", () -> {
            List<CatalogEvent> events = new ArrayList<>();
            for (ConsumerRecord<String, String> record : records) {
                reader.read(record, CatalogEvent.class, CatalogEvent::eventId).ifPresent(events::add);
            }
            Set<String> fresh = inbox.claim(CONSUMER, events.stream().map(CatalogEvent::eventId).toList());
            units.apply(events.stream()
                    .filter(event -> fresh.remove(event.eventId()))
                    .filter(UnitChanged.class::isInstance).map(UnitChanged.class::cast)
                    .toList());
        });
    }
}
