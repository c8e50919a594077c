package vn.dvc.rules;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * {@code PAYMENT_AMOUNT_VND} (docs/counting-rules.md, "online payments (count, amount in VND)"): the whole VND paid online and
 * successfully in the period in scope, with the number of payments. A count, with no target.
 */
public final class PaymentAmount extends NamedRule {

    public static final String CODE = "PAYMENT_AMOUNT_VND";

    public PaymentAmount() {
        super(CODE);
    }

    @Override
    public Set<Measure> inPeriod() {
        return Set.of(Measure.PAYMENTS, Measure.PAYMENT_AMOUNT_VND);
    }

    @Override
    public Figure compute(Sums sums) {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("payments", sums.inPeriod(Measure.PAYMENTS));
        return Figure.count(sums.inPeriod(Measure.PAYMENT_AMOUNT_VND), counts);
    }
}
