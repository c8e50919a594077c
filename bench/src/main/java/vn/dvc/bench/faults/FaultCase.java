package vn.dvc.bench.faults;

import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import vn.dvc.bench.stream.PortalItem;

/**
 * One fault of the suite: injected three times while a deterministic stream is pushed through the gateway (from 20 %
 * of it on), healed, and then judged by the oracle, plus whatever the case checks itself.
 */
public interface FaultCase {

    String name();

    /** What is done to the suite, in a sentence. */
    String fault();

    /** How long the stream must keep the suite busy for the three rounds to happen under load. */
    Duration load(boolean full);

    /** Sets up what the case runs on, before its stream starts. */
    default void prepare(Injector injector) {
    }

    /** One round (1–3) of the fault; may block while the fault lasts. */
    void inject(Injector injector, int round, boolean full);

    /** Puts back whatever the fault took away, before the drain. */
    default void heal(Injector injector) {
        injector.restartMissing();
    }

    /** The portal's stream as this case sends it. */
    default Iterator<PortalItem> decorate(Iterator<PortalItem> stream, long seed) {
        return stream;
    }

    /** What the case checks on top of the oracle. */
    default List<Check> verify(Injector injector, CaseRun run) {
        return List.of();
    }
}
