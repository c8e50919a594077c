package vn.dvc.dossier.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.dvc.problem.Problem;

/**
 * What became of one item told (a feedback item, a procedure publication): new, more of it, nothing new, or refused
 * with the problem naming the item's field.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ItemOutcome(int index, String id, Outcome outcome,
                              @Schema(description = "how many changes made the item as it now stands") Long version,
                              Problem problem) {

    public enum Outcome {
        ACCEPTED, UPDATED, DUPLICATE, REJECTED
    }

    public static ItemOutcome of(int index, String id, Outcome outcome, long version) {
        return new ItemOutcome(index, id, outcome, version, null);
    }

    public static ItemOutcome rejected(int index, String id, Problem problem) {
        return new ItemOutcome(index, id, Outcome.REJECTED, null, problem);
    }
}
