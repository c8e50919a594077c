package vn.dvc.rules;


/**
 * {@code PAYMENT_ENABLED_UNITS} (docs/counting-rules.md, "units with payment enabled / all units"): units of the scope whose
 * online payment account is enabled now / all units of the scope. A state of the units, not of the period.
 */
public final class PaymentEnabledUnits extends NamedRule {

    public static final String CODE = "PAYMENT_ENABLED_UNITS";

    public PaymentEnabledUnits() {
        super(CODE);
    }

    @Override
    public boolean readsUnitCounts() {
        return true;
    }

    @Override
    public Figure compute(Sums sums) {
        return Figure.ratio(Ratio.of(sums.units().paymentEnabled(), sums.units().all()));
    }
}
