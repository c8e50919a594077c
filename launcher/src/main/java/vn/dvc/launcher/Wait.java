package vn.dvc.launcher;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/** Polls a condition until it holds, the daemon behind it dies, or time runs out. */
final class Wait {

    private static final long POLL_MILLIS = 200;

    private Wait() {
    }

    static void until(String what, Duration timeout, DaemonProcess daemon, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            if (daemon != null && daemon.running().isEmpty()) {
                throw new LauncherException(daemon.name() + " exited while waiting for " + what + ". Log: "
                        + daemon.logFile() + System.lineSeparator() + daemon.logTail(15));
            }
            if (Instant.now().isAfter(deadline)) {
                throw new LauncherException("Timed out after " + timeout.toSeconds() + " s waiting for " + what
                        + (daemon == null ? "" : ". Log: " + daemon.logFile()));
            }
            pause();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LauncherException("Interrupted");
        }
    }
}
