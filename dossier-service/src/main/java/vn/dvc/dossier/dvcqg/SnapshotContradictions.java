package vn.dvc.dossier.dvcqg;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import vn.dvc.problem.Violation;

/**
 * A snapshot that contradicts what is known of its dossier (docs/dvcqg-sync.md, "Contradictions"): its receipt time
 * moved, its end time or kind changed, or a step dated after the dossier ended (a status going back). An older
 * snapshot that says less than is known contradicts nothing: its steps are all known, and it changes nothing.
 */
public final class SnapshotContradictions {

    private static final Map<Integer, String> CLOSURES = Map.of(3, "REJECTED", 7, "WITHDRAWN", 8, "STOPPED", 9, "RESOLVED",
            10, "RESOLVED");

    private SnapshotContradictions() {
    }

    /** What is known of a dossier: when it was received, and when and how it ended (null when it has not). */
    public record Known(Instant receivedAt, Instant endedAt, String closure) {

        /**
         * What the stored steps say for certain: the receipt, and the end told by an ending step — the first
         * {@code RESOLVED}, else the first of the others. A result's return alone stands for the end only until the
         * resolution itself arrives (counting rules v1, "End of processing"): its time is no end a snapshot could move.
         *
         * @param firstEndingByStatus the first time of each ending step stored (RESOLVED, WITHDRAWN, STOPPED, REJECTED)
         */
        public static Known of(Instant receivedAt, Map<String, Instant> firstEndingByStatus) {
            Instant resolved = firstEndingByStatus.get("RESOLVED");
            if (resolved != null) {
                return new Known(receivedAt, resolved, "RESOLVED");
            }
            return firstEndingByStatus.entrySet().stream().min(Map.Entry.comparingByValue())
                    .map(first -> new Known(receivedAt, first.getValue(), first.getKey()))
                    .orElse(new Known(receivedAt, null, null));
        }
    }

    public static Optional<Violation> find(DossierSnapshot snapshot, Known known) {
        if (known.receivedAt() != null && snapshot.ngayTiepNhan() != null && !known.receivedAt().equals(snapshot.ngayTiepNhan())) {
            return Optional.of(new Violation("NgayTiepNhan", "the dossier was received at " + SnapshotEvents.iso(known.receivedAt())
                    + "; a snapshot cannot move its receipt"));
        }
        if (known.endedAt() == null) {
            return Optional.empty();
        }
        String closure = CLOSURES.get(snapshot.trangThaiHoSo());
        if (closure != null && snapshot.ngayKetThucXuLy() != null) {
            if (!closure.equals(known.closure())) {
                return Optional.of(new Violation("TrangThaiHoSo", "the dossier already ended as " + known.closure()
                        + "; status " + snapshot.trangThaiHoSo() + " would end it as " + closure));
            }
            if (!known.endedAt().equals(snapshot.ngayKetThucXuLy())) {
                return Optional.of(new Violation("NgayKetThucXuLy", "the dossier ended at " + SnapshotEvents.iso(known.endedAt())
                        + "; a snapshot cannot move its end"));
            }
        }
        for (int i = 0; i < snapshot.supplements().size(); i++) {
            DossierSnapshot.Supplement supplement = snapshot.supplements().get(i);
            if (supplement.requestedAt().isAfter(known.endedAt())) {
                return Optional.of(new Violation("DanhSachHoSoBoSung[" + i + "].NgayBoSung", "is after the dossier ended at "
                        + SnapshotEvents.iso(known.endedAt()) + ": a status cannot go back"));
            }
        }
        return Optional.empty();
    }
}
