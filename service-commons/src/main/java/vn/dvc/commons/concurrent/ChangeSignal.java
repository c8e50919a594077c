package vn.dvc.commons.concurrent;

import java.time.Duration;

/**
 * Lets any number of threads wait for the next change of something they re-check themselves: each waiter notes the
 * generation it has seen, and returns as soon as a newer one is signalled (or the time is up).
 */
public final class ChangeSignal {

    private long generation;

    public synchronized long generation() {
        return generation;
    }

    public synchronized void signal() {
        generation++;
        notifyAll();
    }

    /** Waits until a change after {@code seen}, at most {@code timeout}; answers false when interrupted. */
    public synchronized boolean awaitAfter(long seen, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (generation == seen) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return true;
                }
                wait(Math.max(1, left / 1_000_000));
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
