package vn.dvc.dossier.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import vn.dvc.problem.Problem;

/**
 * What became of one portal event; {@code problem} says why it was rejected, {@code index} is its position in a
 * batch.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EventOutcome(Integer index, String eventId, String dossierId, Outcome outcome, Problem problem) {

    public enum Outcome {
        ACCEPTED, DUPLICATE, REJECTED
    }
}
