package vn.dvc.commons.fault;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.dvc.contracts.fault.FaultPoint;

/**
 * Named places in the code ({@link FaultPoint}) where the fault-injection suite kills the process on purpose, with
 * {@code kill -9} from outside: nothing flushed or rolled back by the application. Off unless
 * {@code suite.fault.stop-at} names a point (set only by the fault suite); then the {@code suite.fault.stop-after}-th
 * time a thread passes that point it writes the point's name to {@code suite.fault.reached-file} and waits there,
 * holding what it holds, until the suite kills the process. Nothing here ends a process: a production path can at
 * most be held, and only when the suite armed it.
 */
@ApplicationScoped
public class FaultPoints {

    private static final Logger LOG = Logger.getLogger(FaultPoints.class);

    private final Optional<String> stopAt;
    private final int stopAfter;
    private final Optional<Path> reachedFile;
    private final AtomicInteger passes = new AtomicInteger();

    public FaultPoints(@ConfigProperty(name = "suite.fault.stop-at") Optional<String> stopAt,
                       @ConfigProperty(name = "suite.fault.stop-after", defaultValue = "1") int stopAfter,
                       @ConfigProperty(name = "suite.fault.reached-file") Optional<Path> reachedFile) {
        this.stopAt = stopAt.filter(point -> !point.isBlank());
        this.stopAfter = stopAfter;
        this.reachedFile = reachedFile;
    }

    public void pass(String point) {
        if (stopAt.isEmpty() || !stopAt.get().equals(point) || passes.incrementAndGet() < stopAfter) {
            return;
        }
        LOG.errorf("Fault point %s reached (pass %d): waiting here to be killed, as the fault suite asked", point, passes.get());
        reachedFile.ifPresent(file -> say(file, point));
        while (true) {
            LockSupport.park(this);
        }
    }

    private static void say(Path file, String point) {
        try {
            Files.writeString(file, point, StandardCharsets.UTF_8);
        } catch (IOException unwritable) {
            throw new UncheckedIOException("The fault suite's reached file cannot be written", unwritable);
        }
    }
}
