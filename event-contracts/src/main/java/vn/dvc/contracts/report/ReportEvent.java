package vn.dvc.contracts.report;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.Instant;

/** What reporting-service announces on {@code report-events}; the {@code type} property names the record. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = ReportObligationChanged.class, name = "ReportObligationChanged"),
    @JsonSubTypes.Type(value = DossierTotalsReported.class, name = "DossierTotalsReported")
})
public sealed interface ReportEvent permits ReportObligationChanged, DossierTotalsReported {

    String eventId();

    Instant occurredAt();

    /** The Kafka key: the obligation id, or {@code totals/<unit>/<from>/<to>}. */
    String key();
}
