package vn.dvc.bench.stream;

import java.util.Arrays;
import java.util.SplittableRandom;

/** Draws an index in proportion to weights, given their running sums. */
final class Weighted {

    private Weighted() {
    }

    static int index(double[] cumulative, SplittableRandom random) {
        double draw = random.nextDouble() * cumulative[cumulative.length - 1];
        int found = Arrays.binarySearch(cumulative, draw);
        int index = found >= 0 ? found + 1 : -found - 1;
        return Math.min(index, cumulative.length - 1);
    }
}
