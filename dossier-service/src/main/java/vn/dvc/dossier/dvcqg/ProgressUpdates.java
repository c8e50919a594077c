package vn.dvc.dossier.dvcqg;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.dvc.contracts.dossier.DossierStatus;
import vn.dvc.dossier.service.EventForm;
import vn.dvc.problem.Violation;
import vn.dvc.rules.time.PortalTime;

/**
 * The national portal's progress-update form ({@code CapNhatTienDoHoSoMC}: {@code MaHoSo}, {@code TrangThai},
 * {@code ThoiDiemXuLy}) as one step each, with the id a snapshot's same step would have — so a step told both ways
 * counts once. The handler's name and notes are never read.
 */
public final class ProgressUpdates {

    private ProgressUpdates() {
    }

    /** The step, or the violations naming the fields. */
    public static EventForm read(JsonNode node) {
        List<Violation> violations = new ArrayList<>();
        String dossier = node.path("MaHoSo").asText("").trim();
        if (dossier.isEmpty() || dossier.length() > DossierSnapshot.MAX_DOSSIER_ID || !dossier.matches("[A-Za-z0-9._\\-/]+")) {
            violations.add(new Violation("MaHoSo", "is required: letters, digits, '.', '_', '-' and '/', at most "
                    + DossierSnapshot.MAX_DOSSIER_ID));
        }
        String step = DossierSnapshot.statusCode(node.path("TrangThai").asText("")).flatMap(code -> DossierStatus.parse(String.valueOf(code)))
                .map(Enum::name).orElse(null);
        if (step == null) {
            violations.add(new Violation("TrangThai", "must be a status code 1–10 (or its Vietnamese words)"));
        }
        String time = node.path("ThoiDiemXuLy").asText("").trim();
        Optional<Instant> at = time.isEmpty() || time.length() > 40 ? Optional.empty() : PortalTime.parse(time);
        if (at.isEmpty()) {
            violations.add(new Violation("ThoiDiemXuLy", "is required: yyyyMMddHHmmss, local to Asia/Ho_Chi_Minh"));
        }
        if (!violations.isEmpty()) {
            return EventForm.refused(violations);
        }
        return EventForm.of(JsonNodeFactory.instance.objectNode().put("eventId", SnapshotEvents.eventId(dossier, step, at.get()))
                .put("dossierId", dossier).put("status", step).put("occurredAt", SnapshotEvents.iso(at.get())));
    }
}
