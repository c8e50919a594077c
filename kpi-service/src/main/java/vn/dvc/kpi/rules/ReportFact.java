package vn.dvc.kpi.rules;

import java.time.LocalDate;

/** A report obligation's latest state; {@code deadlineDay} is local. */
public record ReportFact(String obligationId, long version, String unitCode, LocalDate deadlineDay, boolean expected,
                         boolean submitted, boolean onTime, boolean online) {
}
