package vn.dvc.dossier.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.dvc.contracts.catalog.Tier;
import vn.dvc.contracts.dossier.Channel;
import vn.dvc.contracts.dossier.DossierStatus;
import vn.dvc.contracts.dossier.Rating;

/** A dossier's state under counting rules v1, with the events it was derived from in event-time order. */
public record DossierView(String dossierId, long version, String unitCode, Tier unitTier,
                          String receivedAtUnitCode, String serviceCode, Channel channel, DossierStatus status,
                          boolean received, boolean open, OffsetDateTime submittedAt, OffsetDateTime receivedAt,
                          Deadline deadline, Ending ending, Apology apology, boolean inputsDigitised,
                          boolean electronicResult, boolean feeRequired, boolean dataReused, boolean fromPersonalStore,
                          boolean residentDataUsed,
                          @Schema(description = "the applicant's latest rating; null when none was given") Rating rating,
                          @Schema(description = "a feedback item (phản ánh, kiến nghị) was raised about it") boolean feedbackRaised,
                          @Schema(description = "an electronic certified copy was made from an original for it") boolean electronicCertifiedCopy,
                          List<AnomalyItem> anomalies,
                          List<Event> events, String rulesVersion) {

    public record Deadline(OffsetDateTime dueAt, OffsetDateTime dueAtInForce, OffsetDateTime clockStoppedSince,
                           int extensions, int supplementRequests) {
    }

    public record Ending(String closure, OffsetDateTime endedAt, String timeliness) {
    }

    public record Apology(OffsetDateTime issuedAt, OffsetDateTime newDueAt, boolean compliant) {
    }

    /** One accepted portal event as it was sent. */
    public record Event(String eventId, String status, OffsetDateTime occurredAt, OffsetDateTime acceptedAt,
                        @Schema(description = "the event as the portal sent it") JsonNode sent) {
    }
}
