package vn.dvc.dossier.service;

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

    /** @param ordered the dossier's events in {@link DossierStateRules#EVENT_ORDER} */
    public static Optional<End> of(List<RecordedEvent> ordered) {
        return firstOf(ordered, DossierStatus.RESOLVED)
                .or(() -> firstOf(ordered, DossierStatus.RETURNED))
                .map(event -> new End(Closure.RESOLVED, event.occurredAt()))
                .or(() -> ordered.stream().filter(event -> event.status().endsUnresolved()).findFirst()
                        .map(event -> new End(Closure.valueOf(event.status().name()), event.occurredAt())));
    }

    private static Optional<RecordedEvent> firstOf(List<RecordedEvent> ordered, DossierStatus status) {
        return ordered.stream().filter(event -> event.status() == status).findFirst();
    }

    public record End(Closure closure, Instant at) {

        public boolean resolved() {
            return closure == Closure.RESOLVED;
        }
    }
}
