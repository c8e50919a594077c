package vn.dvc.payment.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import vn.dvc.problem.Problem;

/**
 * What became of one reported transaction: {@code ACCEPTED} (new), {@code UPDATED} (a later status),
 * {@code DUPLICATE} (nothing new) or {@code REJECTED} with the problem; {@code index} is its position in a batch.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PaymentOutcome(Integer index, String transactionId, Outcome outcome, String status, Problem problem) {

    public enum Outcome {
        ACCEPTED, UPDATED, DUPLICATE, REJECTED
    }
}
