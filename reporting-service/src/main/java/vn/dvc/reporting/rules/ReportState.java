package vn.dvc.reporting.rules;

import java.time.Instant;

/** Where one expected report stands: its deadline, and when and how it was submitted (null while it is not). */
public record ReportState(Instant deadline, Instant submittedAt, String channel) {

    public boolean submitted() {
        return submittedAt != null;
    }

    /** Submitted by the deadline, the deadline itself included. */
    public boolean onTime() {
        return submitted() && !submittedAt.isAfter(deadline);
    }

    /** Submitted through an online system. */
    public boolean online() {
        return submitted() && "ONLINE".equals(channel);
    }
}
