package vn.dvc.kpi.emc;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * How long a refused delivery waits before its next attempt: exponential from {@code initial}, doubled each attempt
 * up to {@code most}, with "equal jitter" — half the delay fixed, the other half random — so deliveries refused
 * together (the receiver down) do not come back together.
 */
public record PushBackoff(Duration initial, Duration most) {

    /** @param attempts the attempts made so far (1 after the first) */
    public Duration after(int attempts, DoubleSupplier random) {
        long initialMillis = initial.toMillis();
        long ceiling = most.toMillis();
        long delay = initialMillis;
        for (int i = 1; i < attempts && delay < ceiling; i++) {
            delay *= 2;
        }
        delay = Math.min(delay, ceiling);
        return Duration.ofMillis(delay / 2 + (long) (random.getAsDouble() * (delay - delay / 2)));
    }
}
