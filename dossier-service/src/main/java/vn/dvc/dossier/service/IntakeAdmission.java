package vn.dvc.dossier.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.dvc.problem.ProblemException;

/**
 * How many intake requests work at once ({@code dossier.intake.concurrent-requests}, 2). On two cores more do not
 * go faster — they wait on the same dossiers' row locks and the CPU — but each holds a batch's events, histories and
 * snapshots in memory, so an unbounded number exhausts the heap. Small requests (at most
 * {@code dossier.intake.express-max-events}, 20: the portal's events as they happen) have permits of their own
 * ({@code dossier.intake.express-requests}, 2), so they never queue behind the thousand-event batches of a history
 * being loaded. A request waits up to {@code dossier.intake.admission-wait} for its turn, then is answered 503 with
 * Retry-After and changes nothing.
 */
@ApplicationScoped
public class IntakeAdmission {

    private final Semaphore permits;
    private final Semaphore expressPermits;
    private final int expressMaxEvents;
    private final Duration wait;

    public IntakeAdmission(@ConfigProperty(name = "dossier.intake.concurrent-requests", defaultValue = "2") int concurrent,
                           @ConfigProperty(name = "dossier.intake.express-requests", defaultValue = "2") int express,
                           @ConfigProperty(name = "dossier.intake.express-max-events", defaultValue = "20") int expressMaxEvents,
                           @ConfigProperty(name = "dossier.intake.admission-wait", defaultValue = "20S") Duration wait) {
        this.permits = new Semaphore(concurrent, true);
        this.expressPermits = new Semaphore(express, true);
        this.expressMaxEvents = expressMaxEvents;
        this.wait = wait;
    }

    <T> T admit(int events, Supplier<T> work) {
        Semaphore permits = events <= expressMaxEvents ? expressPermits : this.permits;
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
