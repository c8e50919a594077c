package vn.dvc.dossier.dvcqg;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import vn.dvc.rules.time.PortalTime;

/**
 * The lifecycle events a snapshot implies (docs/dvcqg-sync.md, "From a snapshot to events"), in the suite's own event
 * shape, each with an id made of the dossier, the step and its local time — so the same snapshot twice gives the same
 * ids (duplicates), and a later one adds only its new steps. Steps a snapshot gives no time for (processing, payment
 * requested) are not derived: no indicator reads them. What a snapshot tells beyond its steps — digitised inputs, a
 * fee, result documents, data re-used or taken from the citizen's data store, resident data — is an annotation of its own
 * at the step's time (DIGITISED, FEE_REQUIRED, ELECTRONIC_RESULT, DATA_REUSED, FROM_PERSONAL_STORE, RESIDENT_DATA_USED),
 * never an attribute of the step: a step first told by a progress update (which knows nothing of them), or by an
 * older snapshot, would otherwise keep them out, and the dossier would depend on the order its messages came in.
 */
public final class SnapshotEvents {

    private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(PortalTime.LOCAL_ZONE);
    private static final DateTimeFormatter ISO_LOCAL = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(PortalTime.LOCAL_ZONE);
    private static final int NOT_RECEIVED = 3;
    private static final int WITHDRAWN = 7;
    private static final int STOPPED = 8;
    private static final int RESOLVED = 9;
    private static final int RETURNED = 10;

    private SnapshotEvents() {
    }

    /** The events, in lifecycle order; {@code unitCode} is the suite's code of the snapshot's DonViXuLy. */
    public static List<ObjectNode> of(DossierSnapshot snapshot, String unitCode) {
        List<ObjectNode> events = new ArrayList<>();
        if (snapshot.ngayTiepNhan() == null) {
            if (snapshot.trangThaiHoSo() == NOT_RECEIVED && snapshot.ngayKetThucXuLy() != null) {
                events.add(opening(event(snapshot, "REJECTED", snapshot.ngayKetThucXuLy()), snapshot, unitCode));
            }
            return events;
        }
        ObjectNode received = opening(event(snapshot, "RECEIVED", snapshot.ngayTiepNhan()), snapshot, unitCode);
        if (snapshot.ngayHenTra() != null) {
            received.put("dueAt", iso(snapshot.ngayHenTra()));
        }
        events.add(received);
        if (snapshot.digitised()) {
            events.add(event(snapshot, "DIGITISED", snapshot.ngayTiepNhan()));
        }
        if (snapshot.feeBearing()) {
            events.add(event(snapshot, "FEE_REQUIRED", snapshot.ngayTiepNhan()));
        }
        if (snapshot.dataUsed().reused()) {
            events.add(event(snapshot, "DATA_REUSED", snapshot.ngayTiepNhan()));
        }
        if (snapshot.dataUsed().fromPersonalStore()) {
            events.add(event(snapshot, "FROM_PERSONAL_STORE", snapshot.ngayTiepNhan()));
        }
        if (snapshot.dataUsed().residentData()) {
            events.add(event(snapshot, "RESIDENT_DATA_USED", snapshot.ngayTiepNhan()));
        }
        for (DossierSnapshot.Supplement supplement : snapshot.supplements()) {
            events.add(event(snapshot, "SUPPLEMENT_REQUESTED", supplement.requestedAt()));
            if (supplement.receivedAt() != null) {
                ObjectNode answered = event(snapshot, "SUPPLEMENT_RECEIVED", supplement.receivedAt());
                if (supplement.newDueAt() != null) {
                    answered.put("newDueAt", iso(supplement.newDueAt()));
                }
                events.add(answered);
            }
        }
        int status = snapshot.trangThaiHoSo();
        if (snapshot.ngayKetThucXuLy() != null) {
            switch (status) {
                case RESOLVED, RETURNED -> {
                    events.add(event(snapshot, "RESOLVED", snapshot.ngayKetThucXuLy()));
                    if (snapshot.electronicResult()) {
                        events.add(event(snapshot, "ELECTRONIC_RESULT", snapshot.ngayKetThucXuLy()));
                    }
                }
                case WITHDRAWN -> events.add(event(snapshot, "WITHDRAWN", snapshot.ngayKetThucXuLy()));
                case STOPPED -> events.add(event(snapshot, "STOPPED", snapshot.ngayKetThucXuLy()));
                case NOT_RECEIVED -> events.add(event(snapshot, "REJECTED", snapshot.ngayKetThucXuLy()));
                default -> {
                    // an end time on a dossier still in progress says nothing yet
                }
            }
        }
        if (status == RETURNED && snapshot.ngayTra() != null) {
            events.add(event(snapshot, "RETURNED", snapshot.ngayTra()));
        }
        return events;
    }

    /** The id of a step of a dossier at a time: the same step at the same time is the same event. */
    public static String eventId(String dossierId, String step, Instant at) {
        return dossierId + "/" + step + "/" + ID_TIME.format(at);
    }

    public static String iso(Instant at) {
        return ISO_LOCAL.format(at);
    }

    /** The fields of the event that opens a dossier: where, which procedure, through which channel. */
    private static ObjectNode opening(ObjectNode event, DossierSnapshot snapshot, String unitCode) {
        return event.put("unitCode", unitCode).put("serviceCode", snapshot.maTTHC()).put("channel", snapshot.kenhThucHien());
    }

    private static ObjectNode event(DossierSnapshot snapshot, String status, Instant at) {
        return JsonNodeFactory.instance.objectNode().put("eventId", eventId(snapshot.maHoSo(), status, at))
                .put("dossierId", snapshot.maHoSo()).put("status", status).put("occurredAt", iso(at));
    }
}
