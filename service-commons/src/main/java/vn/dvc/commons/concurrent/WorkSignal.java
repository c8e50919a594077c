package vn.dvc.commons.concurrent;

import java.time.Duration;

/**
 * Wakes a background worker when there is work, so it need not poll fast: a signal given while the worker is busy
 * is kept, and its next wait returns at once.
 */
public final class WorkSignal {

    private final Object lock = new Object();
    private boolean signalled;

    public void signal() {
        synchronized (lock) {
            signalled = true;
            lock.notifyAll();
        }
    }

    /** Waits for a signal, at most {@code timeout}; answers false when interrupted (the worker should stop). */
    public boolean await(Duration timeout) {
        synchronized (lock) {
            try {
                if (!signalled) {
                    lock.wait(Math.max(1, timeout.toMillis()));
                }
                return true;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            } finally {
                signalled = false;
            }
        }
    }
}
