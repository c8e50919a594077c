package vn.dvc.dossier.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.dvc.commons.problem.ProblemException;

/**
 * How many intake requests work at once ({@code dossier.intake.concurrent-requests}, 2). On two cores more do not
 * go faster — they wait on the same dossiers' row locks and the CPU — but each holds a batch's events, histories and
 * snapshots in memory, so an unbounded number exhausts the heap. A request waits up to
 * {@code dossier.intake.admission-wait} for its turn, then is answered 503 with Retry-After and changes nothing.
 */
@ApplicationScoped
public class IntakeAdmission {

    private final Semaphore permits;
    private final Duration wait;

    public IntakeAdmission(@ConfigProperty(name = "dossier.intake.concurrent-requests", defaultValue = "2") int concurrent,
                           @ConfigProperty(name = "dossier.intake.admission-wait", defaultValue = "20S") Duration wait) {
        this.permits = new Semaphore(concurrent, true);
        this.wait = wait;
    }

    <T> T admit(Supplier<T> work) {
        boolean admitted;
        try {
            admitted = permits.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            admitted = false;
        }
        if (!admitted) {
            throw ProblemException.unavailable("The intake is taking as many requests as it can; send this one again shortly");
        }
        try {
            return work.get();
        } finally {
            permits.release();
        }
    }
}
