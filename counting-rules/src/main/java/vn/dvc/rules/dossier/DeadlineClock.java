package vn.dvc.rules.dossier;

import java.time.Duration;
import java.time.Instant;
import vn.dvc.contracts.dossier.DossierStateChanged.Deadline;

/**
 * Counting rules v1, "Due time in force": the {@code dueAt} given at receipt, replaced by each {@code EXTENDED},
 * then pushed later by the time the clock stood still for supplements — from {@code SUPPLEMENT_REQUESTED} to
 * {@code SUPPLEMENT_RECEIVED}, or to the next status when the answer is never sent. {@code APOLOGY_ISSUED} does not
 * move it. Fed the dossier's events in order, up to its end; the clock then reads as of the last event fed.
 */
public final class DeadlineClock {

    private Instant receiptDue;
    private Instant extendedDue;
    private Duration stoodStill = Duration.ZERO;
    private Instant stoppedSince;
    private int extensions;
    private int supplementRequests;

    public void advance(LifecycleEvent event) {
        switch (event.status()) {
            case RECEIVED -> receiptDue = receiptDue == null ? event.dueAt() : receiptDue;
            case EXTENDED -> {
                extensions++;
                extendedDue = event.dueAt() == null ? extendedDue : event.dueAt();
            }
            case SUPPLEMENT_REQUESTED -> {
                supplementRequests++;
                stoppedSince = stoppedSince == null ? event.occurredAt() : stoppedSince;
            }
            default -> {
                if (!event.status().isAnnotation()) {
                    restart(event.occurredAt());
                }
            }
        }
    }

    private void restart(Instant at) {
        if (stoppedSince != null) {
            stoodStill = stoodStill.plus(Duration.between(stoppedSince, at));
            stoppedSince = null;
        }
    }

    /** The due time in force, counting a pause still running up to {@code at}; null while no due time is known. */
    public Instant dueInForceAt(Instant at) {
        Instant due = dueInForce();
        if (due == null || stoppedSince == null || !at.isAfter(stoppedSince)) {
            return due;
        }
        return due.plus(Duration.between(stoppedSince, at));
    }

    /** The due time in force with the finished pauses only. */
    public Instant dueInForce() {
        Instant base = extendedDue != null ? extendedDue : receiptDue;
        return base == null ? null : base.plus(stoodStill);
    }

    public int supplementRequests() {
        return supplementRequests;
    }

    /** Null while nothing about a due time is known. */
    public Deadline deadline(boolean ended) {
        if (dueInForce() == null && extensions == 0 && supplementRequests == 0) {
            return null;
        }
        return new Deadline(receiptDue, dueInForce(), ended ? null : stoppedSince, extensions, supplementRequests);
    }
}
