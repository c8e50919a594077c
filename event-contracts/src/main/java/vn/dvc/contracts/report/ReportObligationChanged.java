package vn.dvc.contracts.report;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;

/**
 * One report one unit owes for one period instance of a form (counting rules v1, "Reports"), in its latest state.
 * Consumers keep the record with the highest {@code version} per obligation.
 *
 * @param obligationId  form, indicator, unit and period together; the Kafka key
 * @param system        GRIS, LRIS, NATIONAL, IOC, DISTRICT or STEERING
 * @param deadline      when the report is due
 * @param submittedAt   when it was submitted; null while it is not
 * @param channel       ONLINE or PAPER once submitted
 * @param expected      false when the obligation was withdrawn (the unit is no longer assigned)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReportObligationChanged(String eventId, Instant occurredAt, String obligationId, long version,
                                      String formCode, String system, String unitCode, String period,
                                      Instant deadline, Instant submittedAt, String channel, boolean expected)
        implements ReportEvent {

    @Override
    public String key() {
        return obligationId;
    }
}
