package vn.dvc.launcher;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/** Polls a condition until it holds, the daemon behind it dies, or time runs out. */
final class Wait {

    private static final long POLL_MILLIS = 200;
    /**
     * A daemon counts as gone only when it is missing on this many polls in a row: while a command is exec'd (the
     * JDK's spawn helper, then setsid, then the program) its command line is briefly unreadable.
     */
    private static final int MISSES_BEFORE_GONE = 5;

    private Wait() {
    }

    static void until(String what, Duration timeout, DaemonProcess daemon, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(timeout);
        int misses = 0;
        while (!condition.getAsBoolean()) {
            misses = daemon == null || daemon.running().isPresent() ? 0 : misses + 1;
            if (misses >= MISSES_BEFORE_GONE) {
                throw new LauncherException(daemon.name() + " exited while waiting for " + what + ". Log: "
                        + daemon.logFile() + System.lineSeparator() + daemon.logTail(15));
            }
            if (Instant.now().isAfter(deadline)) {
                throw new LauncherException("Timed out after " + timeout.toSeconds() + " s waiting for " + what
                        + (daemon == null ? "" : ". Log: " + daemon.logFile()));
            }
            pause(Duration.ofMillis(POLL_MILLIS));
        }
    }

    static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LauncherException("Interrupted");
        }
    }
}
