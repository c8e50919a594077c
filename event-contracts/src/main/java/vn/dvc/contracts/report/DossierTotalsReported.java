package vn.dvc.contracts.report;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A unit's own count of the dossiers it received in {@code [from, to)}, paper ones included (README,
 * "Reports, bulletin and appendices"); a later report for the same unit and period replaces the earlier.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DossierTotalsReported(String eventId, Instant occurredAt, String unitCode, LocalDate from, LocalDate to,
                                    long total, String source) implements ReportEvent {

    @Override
    public String key() {
        return "totals/" + unitCode + "/" + from + "/" + to;
    }
}
