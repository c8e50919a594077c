package vn.dvc.bench.driver;

import java.util.Arrays;

/** Every latency of one kind, kept whole (thousands, not millions), so percentiles are exact. Thread-safe. */
public final class Latencies {

    private long[] nanos = new long[1_024];
    private int count;

    public synchronized void add(long value) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = value;
    }

    public synchronized int count() {
        return count;
    }

    /** The p-th percentile (0–100) in milliseconds, nearest rank; NaN when empty. */
    public synchronized double percentileMillis(double p) {
        if (count == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * count);
        return sorted[Math.max(0, Math.min(count - 1, rank - 1))] / 1e6;
    }

    public synchronized double maxMillis() {
        return count == 0 ? Double.NaN : Arrays.stream(nanos, 0, count).max().orElse(0) / 1e6;
    }
}
