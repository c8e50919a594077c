package vn.dvc.commons.consistency;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/**
 * The moment from which a read's answer must be computed, when its consistency token was waited for: figures kept in
 * memory from before it may not hold the records the token names (another instance applied them), so they are
 * computed again.
 */
@RequestScoped
public class ReadFloor {

    private long notBeforeNanos = Long.MIN_VALUE;
    private Positions awaited = Positions.NONE;

    void raise(long nanos, Positions token) {
        notBeforeNanos = Math.max(notBeforeNanos, nanos);
        awaited = token;
    }

    /** The floor of the request being served ({@link System#nanoTime()}); the lowest value outside a request. */
    public static long ofCurrentRequest() {
        return current().map(ReadFloor::notBeforeNanos).orElse(Long.MIN_VALUE);
    }

    /** The token the request being served waited for (none outside a request): what its calls to peers wait for too. */
    public static Positions awaitedByCurrentRequest() {
        return current().map(ReadFloor::awaited).orElse(Positions.NONE);
    }

    // read through methods: the bean is reached through its client proxy, whose own fields are never set
    public long notBeforeNanos() {
        return notBeforeNanos;
    }

    public Positions awaited() {
        return awaited;
    }

    private static Optional<ReadFloor> current() {
        ArcContainer container = Arc.container();
        if (container == null || !container.requestContext().isActive()) {
            return Optional.empty();
        }
        return Optional.of(container.instance(ReadFloor.class).get());
    }
}
