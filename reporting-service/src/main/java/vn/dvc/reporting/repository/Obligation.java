package vn.dvc.reporting.repository;

import java.time.Instant;
import vn.dvc.reporting.rules.ReportState;

/** One stored report obligation (table report_obligation): owed while {@code expected}, submitted once it has a time. */
public record Obligation(String id, String formCode, String indicatorCode, String unitCode, String period,
                         Instant deadline, boolean expected, Instant submittedAt, String channel, long version) {

    public ReportState state() {
        return new ReportState(deadline, submittedAt, channel);
    }

    public Obligation expectedBy(Instant newDeadline) {
        return new Obligation(id, formCode, indicatorCode, unitCode, period, newDeadline, true, submittedAt, channel,
                version + 1);
    }

    public Obligation withdrawn() {
        return new Obligation(id, formCode, indicatorCode, unitCode, period, deadline, false, submittedAt, channel,
                version + 1);
    }

    /** Submitted (again: a correction) while owed by {@code currentDeadline}. */
    public Obligation submitted(Instant currentDeadline, Instant at, String how) {
        return new Obligation(id, formCode, indicatorCode, unitCode, period, currentDeadline, true, at, how, version + 1);
    }
}
