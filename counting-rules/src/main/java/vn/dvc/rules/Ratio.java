package vn.dvc.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A served ratio (README, "Indicators"): numerator, denominator, and percent = 100 × n / d rounded half-up to two
 * decimals, null when the denominator is 0. Computed exactly in decimal, never in floating point.
 */
public record Ratio(long numerator, long denominator, BigDecimal percent) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public static Ratio of(long numerator, long denominator) {
        BigDecimal percent = denominator == 0 ? null : BigDecimal.valueOf(numerator).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(denominator), 2, RoundingMode.HALF_UP);
        return new Ratio(numerator, denominator, percent);
    }
}
