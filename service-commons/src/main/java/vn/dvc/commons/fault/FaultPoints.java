package vn.dvc.commons.fault;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.dvc.contracts.fault.FaultPoint;

/**
 * Named places in the code ({@link FaultPoint}) where the fault-injection suite may crash the process on purpose —
 * halting the JVM at once, as {@code kill -9} would, with nothing flushed or rolled back by the application. Off
 * unless {@code suite.fault.halt-at} names a point (set only by the fault suite); then the process halts the
 * {@code suite.fault.halt-after}-th time it passes that point.
 */
@ApplicationScoped
public class FaultPoints {

    private static final Logger LOG = Logger.getLogger(FaultPoints.class);

    private final Optional<String> haltAt;
    private final int haltAfter;
    private final AtomicInteger passes = new AtomicInteger();

    public FaultPoints(@ConfigProperty(name = "suite.fault.halt-at") Optional<String> haltAt,
                       @ConfigProperty(name = "suite.fault.halt-after", defaultValue = "1") int haltAfter) {
        this.haltAt = haltAt.filter(point -> !point.isBlank());
        this.haltAfter = haltAfter;
    }

    public void pass(String point) {
        if (haltAt.isPresent() && haltAt.get().equals(point) && passes.incrementAndGet() >= haltAfter) {
            LOG.errorf("Fault point %s reached (pass %d): halting, as the fault suite asked", point, passes.get());
            Runtime.getRuntime().halt(FaultPoint.HALT_STATUS);
        }
    }
}
