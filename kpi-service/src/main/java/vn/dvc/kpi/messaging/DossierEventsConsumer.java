package vn.dvc.kpi.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.dvc.commons.messaging.OnceOnlyBatches;
import vn.dvc.contracts.dossier.DossierStateChanged;
import vn.dvc.kpi.store.DossierAnomalies;
import vn.dvc.kpi.store.DossierFacts;
import vn.dvc.kpi.store.SourceDays;

/**
 * Applies each poll of {@code dossier-events} and of its live lane {@code dossier-events-live} to the dossier facts,
 * summary rows and flagged dossiers, and counts its events for their sources' freshness, once per event id. The two
 * lanes are consumed side by side (one inbox: an event id counts once whichever lane brought it); a dossier's
 * snapshots crossing lanes out of order change nothing, the facts keep the highest version.
 */
@ApplicationScoped
public class DossierEventsConsumer {

    public static final String CONSUMER = "kpi-dossier-events";

    private final OnceOnlyBatches batches;
    private final DossierFacts facts;
    private final SourceDays sourceDays;
    private final DossierAnomalies anomalies;

    public DossierEventsConsumer(OnceOnlyBatches batches, DossierFacts facts, SourceDays sourceDays,
                                 DossierAnomalies anomalies) {
        this.batches = batches;
        this.facts = facts;
        this.sourceDays = sourceDays;
        this.anomalies = anomalies;
    }

    @Incoming("dossier-events-live")
    @Blocking
    public void consumeLive(ConsumerRecords<String, String> records) {
        consume(records);
    }

    @Incoming("dossier-events")
    @Blocking
    public void consume(ConsumerRecords<String, String> records) {
        batches.apply(CONSUMER, records, DossierStateChanged.class, DossierStateChanged::eventId, states -> {
            anomalies.record(facts.apply(states));
            sourceDays.count(states);
        });
    }
}
