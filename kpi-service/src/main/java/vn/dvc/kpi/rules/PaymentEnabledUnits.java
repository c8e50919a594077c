package vn.dvc.kpi.rules;

import java.util.Set;
import vn.dvc.commons.figures.Ratio;

/**
 * {@code PAYMENT_ENABLED_UNITS} (domain.md, "units with payment enabled / all units"): units of the scope whose
 * online payment account is enabled now / all units of the scope. A state of the units, not of the period.
 */
public final class PaymentEnabledUnits implements IndicatorRule {

    public static final String CODE = "PAYMENT_ENABLED_UNITS";

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public Set<Measure> inPeriod() {
        return Set.of();
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
