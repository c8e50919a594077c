package vn.dvc.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * What a payment adds to the summary rows (docs/counting-rules.md, "Also: online payments (count, amount in VND …)"): a
 * successful payment counts once, with its amount, on its local payment day, for its unit; a failed or refunded one
 * counts nothing, so a refund retracts what the success added.
 */
public final class PaymentContributions {

    private PaymentContributions() {
    }

    public static List<Contribution> of(PaymentFact payment) {
        if (payment == null || !payment.successful()) {
            return List.of();
        }
        return List.of(new Contribution(payment.unitCode(), Measure.PAYMENTS, payment.paidDay(), 1),
                new Contribution(payment.unitCode(), Measure.PAYMENT_AMOUNT_VND, payment.paidDay(), payment.amountVnd()));
    }

    public static List<Contribution> delta(PaymentFact before, PaymentFact after) {
        List<Contribution> delta = new ArrayList<>(of(after));
        of(before).forEach(old -> delta.add(old.negated()));
        return delta;
    }
}
