package vn.dvc.dossier.dvcqg;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import vn.dvc.problem.Problem;

/**
 * What became of one snapshot: ACCEPTED (it added steps), DUPLICATE (every step it implies was known: the same snapshot
 * again, or an older one arriving late), NOT_RECEIVED (it implies no counted step yet: registered, not received) or
 * REJECTED, with the problem naming the DVCQG field. {@code index} is its position in the request.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SnapshotOutcome(int index, @JsonProperty("MaHoSo") String maHoSo, Outcome outcome, int eventsAccepted,
                              int eventsDuplicate, Problem problem) {

    public enum Outcome {
        ACCEPTED, DUPLICATE, NOT_RECEIVED, REJECTED
    }

    static SnapshotOutcome rejected(int index, String maHoSo, Problem problem) {
        return new SnapshotOutcome(index, maHoSo, Outcome.REJECTED, 0, 0, problem);
    }
}
