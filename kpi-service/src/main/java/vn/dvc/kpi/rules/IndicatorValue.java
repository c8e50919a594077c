package vn.dvc.kpi.rules;

import java.math.BigDecimal;
import vn.dvc.commons.figures.Ratio;

/** One indicator for a scope and period, with what it was computed from and its target. */
public record IndicatorValue(String code, long numerator, long denominator, BigDecimal percent, BigDecimal target,
                             Boolean met) {

    public static IndicatorValue of(String code, Ratio ratio, BigDecimal target) {
        Boolean met = ratio.percent() == null || target == null ? null : ratio.percent().compareTo(target) >= 0;
        return new IndicatorValue(code, ratio.numerator(), ratio.denominator(), ratio.percent(), target, met);
    }
}
