package vn.dvc.rules.dossier;

import java.time.Duration;
import java.time.Instant;

/**
 * Counting rules v1, "Apology compliance" and the plan's requirement: an apology letter must be issued at least
 * 24 hours before the due time then in force and carry a new promised time.
 */
public final class ApologyRule {

    static final Duration NOTICE = Duration.ofHours(24);

    private ApologyRule() {
    }

    /** Whether it came too late; unknown (false) when no due time was in force. */
    public static boolean tooLate(Instant issuedAt, Instant dueThen) {
        return dueThen != null && issuedAt.isAfter(dueThen.minus(NOTICE));
    }

    public static boolean compliant(Instant issuedAt, Instant newDueAt, Instant dueThen) {
        return newDueAt != null && dueThen != null && !tooLate(issuedAt, dueThen);
    }
}
