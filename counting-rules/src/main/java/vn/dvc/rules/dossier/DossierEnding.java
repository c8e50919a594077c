package vn.dvc.rules.dossier;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.dvc.contracts.dossier.Closure;
import vn.dvc.contracts.dossier.DossierStatus;

/**
 * Counting rules v1, "End of processing": the time of {@code RESOLVED}, or of {@code RETURNED} when there is none —
 * such a dossier is resolved; otherwise the first {@code WITHDRAWN}, {@code STOPPED} or {@code REJECTED} ends it
 * without resolving it.
 */
public final class DossierEnding {

    private DossierEnding() {
    }

    /** @param ordered the dossier's events in the order they are folded (by time, then by status) */
    public static Optional<End> of(List<? extends LifecycleEvent> ordered) {
        return firstOf(ordered, DossierStatus.RESOLVED)
                .or(() -> firstOf(ordered, DossierStatus.RETURNED))
                .map(event -> new End(Closure.RESOLVED, event.occurredAt()))
                .or(() -> ordered.stream().filter(event -> event.status().endsUnresolved()).findFirst()
                        .map(event -> new End(Closure.valueOf(event.status().name()), event.occurredAt())));
    }

    private static Optional<LifecycleEvent> firstOf(List<? extends LifecycleEvent> ordered, DossierStatus status) {
        return ordered.stream().filter(event -> event.status() == status).findFirst().map(LifecycleEvent.class::cast);
    }

    public record End(Closure closure, Instant at) {

        public boolean resolved() {
            return closure == Closure.RESOLVED;
        }
    }
}
