package vn.dvc.rules;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/**
 * Where one assignee stands on one occurrence of a campaign task at a local time (docs/counting-rules.md, "Campaign
 * tasks"): done when its latest report by then says done, on time if that report came by the due time (to the
 * second); otherwise overdue once the due time has passed, open before. An ongoing task is never due, so never late.
 */
public enum TaskStatus {
    DONE, DONE_LATE, OPEN, OVERDUE;

    /**
     * @param due        the occurrence's due time, local; null for an ongoing task
     * @param doneAt     when the latest report said done, local; null when none says so
     * @param reportedAt when that latest report was made, local; a report made after {@code at} is not yet known
     */
    public static TaskStatus of(LocalDateTime due, LocalDateTime doneAt, LocalDateTime reportedAt, LocalDateTime at) {
        boolean known = reportedAt != null && !reportedAt.isAfter(at);
        if (known && doneAt != null) {
            return due == null || !doneAt.truncatedTo(ChronoUnit.SECONDS).isAfter(due) ? DONE : DONE_LATE;
        }
        return due != null && at.truncatedTo(ChronoUnit.SECONDS).isAfter(due) ? OVERDUE : OPEN;
    }
}
