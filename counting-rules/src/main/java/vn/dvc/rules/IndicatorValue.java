package vn.dvc.rules;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.Map;

/**
 * One indicator for a scope and period (README, "Indicators"): a ratio with its numerator, denominator and percent
 * (null when the denominator is 0), or a count with its {@code value}; the counts behind it; its target and whether
 * it is met.
 */
public record IndicatorValue(String code, String kind,
                             @JsonInclude(JsonInclude.Include.NON_NULL) Long numerator,
                             @JsonInclude(JsonInclude.Include.NON_NULL) Long denominator,
                             BigDecimal percent,
                             @JsonInclude(JsonInclude.Include.NON_NULL) Long value,
                             @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, Long> breakdown,
                             BigDecimal target, Boolean met) {

    public static IndicatorValue of(IndicatorRule rule, Figure figure, BigDecimal target) {
        if (figure.ratio() == null) {
            Boolean met = target == null ? null : meets(BigDecimal.valueOf(figure.value()), target, rule.higherIsBetter());
            return new IndicatorValue(rule.code(), "COUNT", null, null, null, figure.value(), figure.breakdown(), target, met);
        }
        BigDecimal percent = figure.ratio().percent();
        Boolean met = percent == null || target == null ? null : meets(percent, target, rule.higherIsBetter());
        return new IndicatorValue(rule.code(), "RATIO", figure.ratio().numerator(), figure.ratio().denominator(),
                percent, null, figure.breakdown(), target, met);
    }

    /** The same figure against another target (a campaign's, or a unit's own). */
    public IndicatorValue against(BigDecimal newTarget, boolean higherIsBetter) {
        BigDecimal figure = percent != null ? percent : value == null ? null : BigDecimal.valueOf(value);
        Boolean nowMet = figure == null || newTarget == null ? null : meets(figure, newTarget, higherIsBetter);
        return new IndicatorValue(code, kind, numerator, denominator, percent, value, breakdown, newTarget, nowMet);
    }

    private static boolean meets(BigDecimal figure, BigDecimal target, boolean higherIsBetter) {
        int comparison = figure.compareTo(target);
        return higherIsBetter ? comparison >= 0 : comparison <= 0;
    }
}
