package vn.dvc.rules;

import java.util.Arrays;

/** The middle value (the mean of the two middle ones for an even count); 0 for no values. */
public final class Median {

    private Median() {
    }

    public static double of(double[] values) {
        if (values.length == 0) {
            return 0;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
