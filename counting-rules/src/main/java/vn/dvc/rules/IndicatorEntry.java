package vn.dvc.rules;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * One indicator as the catalogue describes it to people (docs/counting-rules.md, "Indicators"): its names, what its
 * figure counts in, its default target and where that target comes from, its numerator and denominator in words,
 * and the section of the counting rules it is decided by.
 *
 * @param rule           how it is computed from the summary rows; null for a figure served by its own endpoint
 *                       (the online-only pilot's)
 * @param planTarget     one of the plan's five targets (KH 170/KH-UBND 2022, III), shown first by the dashboard
 * @param defaultTarget  the target when a campaign sets none; null: the indicator is watched, not targeted
 * @param targetSource   where the default target comes from; null when there is none
 */
public record IndicatorEntry(String code, IndicatorRule rule, String nameVi, String nameEn, FigureUnit unit,
                             boolean higherIsBetter, boolean planTarget, BigDecimal defaultTarget,
                             String targetSource, String numerator, String denominator, String section) {

    /** Section of docs/counting-rules.md every indicator's row lives in. */
    static final String INDICATORS = "Indicators";

    static IndicatorEntry of(IndicatorRule rule, String nameVi, String nameEn, FigureUnit unit) {
        return new IndicatorEntry(rule.code(), rule, nameVi, nameEn, unit, rule.higherIsBetter(), false, null, null,
                null, null, INDICATORS);
    }

    /** An indicator a rule of its own computes elsewhere than from the summary rows. */
    static IndicatorEntry servedApart(String code, String nameVi, String nameEn, FigureUnit unit, String section) {
        return new IndicatorEntry(code, null, nameVi, nameEn, unit, true, false, null, null, null, null, section);
    }

    IndicatorEntry counting(String numeratorInWords, String denominatorInWords) {
        return new IndicatorEntry(code, rule, nameVi, nameEn, unit, higherIsBetter, planTarget, defaultTarget,
                targetSource, numeratorInWords, denominatorInWords, section);
    }

    IndicatorEntry target(String target, String source) {
        return new IndicatorEntry(code, rule, nameVi, nameEn, unit, higherIsBetter, planTarget, new BigDecimal(target),
                source, numerator, denominator, section);
    }

    /** One of the plan's five targets. */
    IndicatorEntry planTarget(String target, String source) {
        IndicatorEntry targeted = target(target, source);
        return new IndicatorEntry(code, rule, nameVi, nameEn, unit, higherIsBetter, true, targeted.defaultTarget,
                source, numerator, denominator, section);
    }

    public Optional<IndicatorRule> computedBy() {
        return Optional.ofNullable(rule);
    }
}
