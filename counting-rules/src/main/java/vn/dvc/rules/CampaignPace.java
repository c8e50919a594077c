package vn.dvc.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A ratio indicator's pace in a campaign (issue "Campaigns and targets"): the pace is what the numerator and the
 * denominator gained per day over a recent window; the projected end value keeps that pace for the remaining days;
 * the run-rate needed is the numerator per day that would reach the target by the end if the denominator keeps its
 * pace. Computed in exact decimals (2 places, half-up); null when nothing remains or nothing can be said.
 */
public final class CampaignPace {

    private CampaignPace() {
    }

    /**
     * @param now      the ratio over the campaign so far
     * @param before   the ratio over the campaign up to {@code window} days ago
     */
    public static Projection of(Ratio now, Ratio before, long window, long remainingDays, BigDecimal target) {
        if (remainingDays <= 0 || window <= 0) {
            return new Projection(null, now.percent());
        }
        BigDecimal days = BigDecimal.valueOf(remainingDays);
        BigDecimal numeratorPace = pace(now.numerator() - before.numerator(), window);
        BigDecimal denominatorPace = pace(now.denominator() - before.denominator(), window);
        BigDecimal endNumerator = BigDecimal.valueOf(now.numerator()).add(numeratorPace.multiply(days));
        BigDecimal endDenominator = BigDecimal.valueOf(now.denominator()).add(denominatorPace.multiply(days));
        BigDecimal projected = endDenominator.signum() == 0 ? null : endNumerator.multiply(BigDecimal.valueOf(100))
                .divide(endDenominator, 2, RoundingMode.HALF_UP);
        BigDecimal needed = null;
        if (target != null && endDenominator.signum() > 0) {
            BigDecimal missing = target.multiply(endDenominator).divide(BigDecimal.valueOf(100), 10, RoundingMode.HALF_UP)
                    .subtract(BigDecimal.valueOf(now.numerator()));
            needed = missing.signum() <= 0 ? BigDecimal.ZERO.setScale(2) : missing.divide(days, 2, RoundingMode.HALF_UP);
        }
        return new Projection(needed, projected);
    }

    private static BigDecimal pace(long gained, long window) {
        return BigDecimal.valueOf(gained).divide(BigDecimal.valueOf(window), 10, RoundingMode.HALF_UP);
    }

    public record Projection(BigDecimal neededPerDay, BigDecimal projectedPercent) {
    }
}
