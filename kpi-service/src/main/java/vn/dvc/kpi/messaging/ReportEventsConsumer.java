package vn.dvc.kpi.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.dvc.commons.messaging.OnceOnlyBatches;
import vn.dvc.contracts.report.ReportEvent;
import vn.dvc.kpi.store.ReportFacts;

/** Applies each poll of {@code report-events} to the report facts, reported totals and summary rows, once per id. */
@ApplicationScoped
public class ReportEventsConsumer {

    static final String CONSUMER = "kpi-report-events";

    private final OnceOnlyBatches batches;
    private final ReportFacts reports;

    public ReportEventsConsumer(OnceOnlyBatches batches, ReportFacts reports) {
        this.batches = batches;
        this.reports = reports;
    }

    @Incoming("report-events")
    @Blocking
    public void consume(ConsumerRecords<String, String> records) {
        batches.apply(CONSUMER, records, ReportEvent.class, ReportEvent::eventId, reports::apply);
    }
}
