package vn.dvc.rules;

import java.time.LocalDate;
import vn.dvc.contracts.report.ReportObligationChanged;
import vn.dvc.rules.time.PortalTime;

/** A report obligation's latest state; {@code deadlineDay} is local. */
public record ReportFact(String obligationId, long version, String unitCode, LocalDate deadlineDay, boolean expected,
                         boolean submitted, boolean onTime, boolean online) {

    /** Counting rules v1, "Reports": on time = submitted by the deadline; online = through an online system. */
    public static ReportFact of(ReportObligationChanged change) {
        boolean submitted = change.submittedAt() != null;
        return new ReportFact(change.obligationId(), change.version(), change.unitCode(),
                PortalTime.localDay(change.deadline()), change.expected(), submitted,
                submitted && !change.submittedAt().isAfter(change.deadline()),
                submitted && "ONLINE".equals(change.channel()));
    }
}
