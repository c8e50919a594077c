package vn.dvc.kpi.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.dvc.commons.messaging.OnceOnlyBatches;
import vn.dvc.contracts.dossier.DossierStateChanged;
import vn.dvc.kpi.service.DossierFacts;

/** Applies each poll of {@code dossier-events} to the dossier facts and summary rows, once per event id. */
@ApplicationScoped
public class DossierEventsConsumer {

    static final String CONSUMER = "kpi-dossier-events";

    private final OnceOnlyBatches batches;
    private final DossierFacts facts;

    public DossierEventsConsumer(OnceOnlyBatches batches, DossierFacts facts) {
        this.batches = batches;
        this.facts = facts;
    }

    @Incoming("dossier-events")
    @Blocking
    public void consume(ConsumerRecords<String, String> records) {
        batches.apply(CONSUMER, records, DossierStateChanged.class, DossierStateChanged::eventId, facts::apply);
    }
}
