package vn.dvc.reporting.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import vn.dvc.problem.Problem;

/**
 * What became of one submission: ACCEPTED (first), UPDATED (a correction replaced the earlier), DUPLICATE (the same
 * again) or REJECTED with its problem; {@code index} in a batch.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SubmissionOutcome(Integer index, String obligationId, Outcome outcome, OffsetDateTime deadline,
                                Boolean onTime, Problem problem) {

    public enum Outcome {
        ACCEPTED, UPDATED, DUPLICATE, REJECTED
    }
}
