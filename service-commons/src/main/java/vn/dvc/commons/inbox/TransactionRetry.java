package vn.dvc.commons.inbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.dvc.problem.Causes;

/**
 * Runs a unit of work in a new transaction, again after transient database faults (lost connection, deadlock, lock
 * timeout), with a growing pause. A consumer acknowledges its records only after this returns, so a fault that
 * outlasts the retries leaves the records unacknowledged rather than lost.
 */
@ApplicationScoped
public class TransactionRetry {

    private static final Logger LOG = Logger.getLogger(TransactionRetry.class);
    private static final Duration FIRST_PAUSE = Duration.ofMillis(200);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(5);

    private final int attempts;

    public TransactionRetry(@ConfigProperty(name = "consumer.transient-retries", defaultValue = "20") int attempts) {
        this.attempts = attempts;
    }

    public void run(String what, Runnable work) {
        call(what, () -> {
            work.run();
            return null;
        });
    }

    /** Runs the work in a new transaction, again after a transient fault, and answers what it answered. */
    public <T> T call(String what, Supplier<T> work) {
        return call(what, attempts, work);
    }

    /** Runs the work in a new transaction, again after a transient fault, at most {@code maxAttempts} times. */
    public <T> T call(String what, int maxAttempts, Supplier<T> work) {
        return call(what, maxAttempts, Causes::isTransient, work);
    }

    /** As {@link #call(String, int, Supplier)}, again after any failure the predicate calls retryable. */
    public <T> T call(String what, int maxAttempts, Predicate<Throwable> retryable, Supplier<T> work) {
        Duration pause = FIRST_PAUSE;
        for (int attempt = 1; ; attempt++) {
            try {
                return QuarkusTransaction.requiringNew().call(work::get);
            } catch (RuntimeException failure) {
                if (attempt >= maxAttempts || !retryable.test(failure)) {
                    throw failure;
                }
                LOG.warnf("%s: transient database fault (attempt %d of %d), retrying in %d ms: %s", what, attempt,
                        maxAttempts, pause.toMillis(), failure.getMessage());
                pauseFor(pause);
                pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
            }
        }
    }

    private static void pauseFor(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting to retry", e);
        }
    }
}
