package vn.dvc.kpi.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.dvc.commons.messaging.OnceOnlyBatches;
import vn.dvc.contracts.quality.QualityEvent;
import vn.dvc.kpi.store.FeedbackFacts;
import vn.dvc.kpi.store.PublicationFacts;

/** Applies each poll of {@code quality-events} to the feedback and publication facts the Decision 766 score reads, once per id. */
@ApplicationScoped
public class QualityEventsConsumer {

    static final String CONSUMER = "kpi-quality-events";

    private final OnceOnlyBatches batches;
    private final FeedbackFacts feedback;
    private final PublicationFacts publications;

    public QualityEventsConsumer(OnceOnlyBatches batches, FeedbackFacts feedback, PublicationFacts publications) {
        this.batches = batches;
        this.feedback = feedback;
        this.publications = publications;
    }

    @Incoming("quality-events")
    @Blocking
    public void consume(ConsumerRecords<String, String> records) {
        batches.apply(CONSUMER, records, QualityEvent.class, QualityEvent::eventId, events -> {
            feedback.apply(events);
            publications.apply(events);
        });
    }
}
