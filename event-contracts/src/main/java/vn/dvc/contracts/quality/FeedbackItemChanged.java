package vn.dvc.contracts.quality;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;

/**
 * One feedback item (phản ánh, kiến nghị) as dossier-service knows it after more of it was told (key =
 * {@code feedback/<itemId>}); a consumer keeps the highest {@code version}. Never who sent it nor what it says.
 *
 * @param version    grows with every change told of the item
 * @param unitCode   the unit that received it
 * @param receivedAt when it was first received
 * @param steps      what was done with it, each at its own time, in time order
 * @param reRaised   raised again by its sender as not satisfied with how it was handled
 * @param dossierId  the dossier it is about; null when none
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FeedbackItemChanged(String eventId, Instant occurredAt, String itemId, long version, String unitCode,
                                  Instant receivedAt, List<Step> steps, int likes, int dislikes, boolean reRaised,
                                  String dossierId) implements QualityEvent {

    public FeedbackItemChanged {
        steps = steps == null ? List.of() : List.copyOf(steps);
    }

    @Override
    public String key() {
        return "feedback/" + itemId;
    }

    /**
     * @param kind   TRANSFERRED, REFUSED, SUPPLEMENT_REQUESTED, HANDLED or PUBLISHED
     * @param toUnit the unit a transfer moved it to; null for the other steps
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Step(FeedbackStep kind, Instant at, String toUnit) {
    }
}
