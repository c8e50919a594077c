package vn.dvc.dossier.ratings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.dvc.contracts.dossier.DossierStatus;
import vn.dvc.dossier.dvcqg.SnapshotEvents;
import vn.dvc.dossier.service.EventForm;
import vn.dvc.problem.Violation;
import vn.dvc.rules.time.PortalTime;

/**
 * A satisfaction rating as one-stop-shop systems record it ({@code DanhGiaHaiLong}: {@code Id}, {@code MaHoSo},
 * {@code DanhGia}, {@code ThoiGianDanhGia}, {@code LoaiDanhGia}) as the dossier's rating event: its own id makes it
 * idempotent, its time orders it among the dossier's other ratings. Who rated ({@code NguoiDanhGia}) and what they
 * wrote ({@code NoiDungDanhGia}) are never read.
 */
public final class RatingForms {

    private static final String CODE = "[A-Za-z0-9._\\-/]+";
    private static final int MAX_ID = 80;

    private RatingForms() {
    }

    /** The suite's event fields and the form's names for them. */
    public static final Map<String, String> FIELD_NAMES = Map.of("dossierId", "MaHoSo", "occurredAt", "ThoiGianDanhGia",
            "status", "DanhGia", "eventId", "Id", "source", "LoaiDanhGia");

    /** The rating event, or the violations naming the fields. */
    public static EventForm read(JsonNode node) {
        List<Violation> violations = new ArrayList<>();
        String dossier = node.path("MaHoSo").asText("").trim();
        if (dossier.isEmpty() || dossier.length() > MAX_ID || !dossier.matches(CODE)) {
            violations.add(new Violation("MaHoSo", "is required: letters, digits, '.', '_', '-' and '/', at most " + MAX_ID));
        }
        Optional<DossierStatus> rated = DossierStatus.parse(node.path("DanhGia").asText("")).filter(status -> status.rating().isPresent());
        if (rated.isEmpty()) {
            violations.add(new Violation("DanhGia", "must be \"RẤT HÀI LÒNG\", \"HÀI LÒNG\" or \"KHÔNG HÀI LÒNG\""));
        }
        String time = node.path("ThoiGianDanhGia").asText("").trim();
        Optional<Instant> at = time.length() > 40 ? Optional.empty() : PortalTime.parse(time);
        if (at.isEmpty()) {
            violations.add(new Violation("ThoiGianDanhGia", "is required: yyyyMMddHHmmss or ISO-8601, local to Asia/Ho_Chi_Minh "
                    + "without an offset"));
        }
        String id = node.path("Id").asText("").trim();
        if (!id.isEmpty() && (id.length() > MAX_ID || !id.matches(CODE))) {
            violations.add(new Violation("Id", "may contain only letters, digits, '.', '_', '-' and '/', at most " + MAX_ID));
        }
        String source = node.path("LoaiDanhGia").asText("").trim();
        if (source.length() > 40) {
            violations.add(new Violation("LoaiDanhGia", "is longer than 40 characters"));
        }
        if (!violations.isEmpty()) {
            return EventForm.refused(violations);
        }
        String status = rated.get().name();
        ObjectNode event = JsonNodeFactory.instance.objectNode()
                .put("eventId", id.isEmpty() ? SnapshotEvents.eventId(dossier, "RATED", at.get()) : "rating/" + id)
                .put("dossierId", dossier).put("status", status).put("occurredAt", SnapshotEvents.iso(at.get()));
        if (!source.isEmpty()) {
            event.put("source", source);
        }
        return EventForm.of(event);
    }
}
