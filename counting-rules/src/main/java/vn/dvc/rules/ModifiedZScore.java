package vn.dvc.rules;

import java.util.Arrays;

/**
 * Counting rules v1, "Data quality": how far a value lies from a series' usual, robust to the outliers it looks for
 * (Iglewicz and Hoaglin; the WHO data-quality review's outlier check): 0.6745 × (x − median) ÷ MAD, where MAD is the
 * median absolute deviation. When more than half the values are equal (MAD = 0) the mean absolute deviation stands in,
 * scaled by 1.253314; when every value is equal nothing is an outlier (score 0).
 */
public final class ModifiedZScore {

    public static final double OUTLIER_ABOVE = 3.5;

    private ModifiedZScore() {
    }

    /** The score of {@code value} against the series {@code values} (which may include it). */
    public static double of(double value, Spread spread) {
        if (spread.mad() > 0) {
            return 0.6745 * (value - spread.median()) / spread.mad();
        }
        if (spread.meanAbsoluteDeviation() > 0) {
            return (value - spread.median()) / (1.253314 * spread.meanAbsoluteDeviation());
        }
        return 0;
    }

    public static Spread spreadOf(double[] values) {
        double median = Median.of(values);
        double[] deviations = Arrays.stream(values).map(value -> Math.abs(value - median)).toArray();
        return new Spread(median, Median.of(deviations), Arrays.stream(deviations).average().orElse(0));
    }

    /** A series' median, median absolute deviation and mean absolute deviation (from the median). */
    public record Spread(double median, double mad, double meanAbsoluteDeviation) {
    }
}
