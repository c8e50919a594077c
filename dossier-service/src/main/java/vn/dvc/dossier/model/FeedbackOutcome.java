package vn.dvc.dossier.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.dvc.problem.Problem;

/**
 * What became of one feedback item told: new, more of it (a step, likes, a re-raise), nothing new, or refused with
 * the problem naming the item's field.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FeedbackOutcome(int index, String id, Outcome outcome,
                              @Schema(description = "how many changes made the item as it now stands") Long version,
                              Problem problem) {

    public enum Outcome {
        ACCEPTED, UPDATED, DUPLICATE, REJECTED
    }

    public static FeedbackOutcome of(int index, String id, Outcome outcome, long version) {
        return new FeedbackOutcome(index, id, outcome, version, null);
    }

    public static FeedbackOutcome rejected(int index, String id, Problem problem) {
        return new FeedbackOutcome(index, id, Outcome.REJECTED, null, problem);
    }
}
