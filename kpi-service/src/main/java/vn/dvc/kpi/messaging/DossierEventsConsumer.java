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
import vn.dvc.contracts.dossier.DossierStateChanged;
import vn.dvc.kpi.service.DossierFacts;

/** Applies each poll of {@code dossier-events} in one transaction, once per event id. */
@ApplicationScoped
public class DossierEventsConsumer {

    static final String CONSUMER = "kpi-dossier-events";

    private final RecordReader reader;
    private final Inbox inbox;
    private final DossierFacts facts;
    private final TransactionRetry retry;

    public DossierEventsConsumer(RecordReader reader, Inbox inbox, DossierFacts facts, TransactionRetry retry) {
        this.reader = reader;
        this.inbox = inbox;
        this.facts = facts;
        this.retry = retry;
    }

    @Incoming("dossier-events")
    @Blocking
    public void consume(ConsumerRecords<String, String> records) {
        retry.run("dossier-events batch", () -> {
            List<DossierStateChanged> states = new ArrayList<>();
            for (ConsumerRecord<String, String> record : records) {
                reader.read(record, DossierStateChanged.class, DossierStateChanged::eventId).ifPresent(states::add);
            }
            Set<String> fresh = inbox.claim(CONSUMER, states.stream().map(DossierStateChanged::eventId).toList());
            facts.apply(states.stream().filter(state -> fresh.remove(state.eventId())).toList());
        });
    }
}
