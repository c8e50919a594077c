package vn.dvc.commons.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import vn.dvc.commons.identity.Callers;
import vn.dvc.problem.Problem;

/**
 * {@code dvc_intake_items_total}: every item an intake decided (an event, a payment, a report), by kind, outcome
 * (accepted, updated, duplicate, rejected), the reason of a rejection (the first field its problem names, or its
 * status) and the caller's key id — counted once its request's transaction committed.
 */
@ApplicationScoped
public class IntakeCounts {

    public static final String NAME = "dvc.intake.items";
    static final String NONE = "none";

    private final MeterRegistry registry;
    private final Callers callers;

    public IntakeCounts(MeterRegistry registry, Callers callers) {
        this.registry = registry;
        this.callers = callers;
    }

    /** Counts each outcome and answers them unchanged. */
    public <T> List<T> counted(String kind, List<T> outcomes, Function<T, ? extends Enum<?>> outcome,
                               Function<T, Problem> problem) {
        String key = callers.current().keyId() == null ? NONE : callers.current().keyId();
        // one counter update per outcome and reason, not per item: a batch of 1,000 touches a handful
        Map<List<String>, Long> tally = new HashMap<>();
        for (T item : outcomes) {
            tally.merge(List.of(outcome.apply(item).name().toLowerCase(Locale.ROOT), reasonOf(problem.apply(item))),
                    1L, Long::sum);
        }
        tally.forEach((tags, count) -> Counter.builder(NAME)
                .description("Intake items decided, by kind, outcome, reason and caller key")
                .tag("kind", kind).tag("outcome", tags.get(0)).tag("reason", tags.get(1)).tag("key", key)
                .register(registry).increment(count));
        return outcomes;
    }

    static String reasonOf(Problem problem) {
        if (problem == null) {
            return NONE;
        }
        if (problem.violations() != null && !problem.violations().isEmpty()) {
            // the field without indexes: a bounded set of names, whatever the batch
            return problem.violations().get(0).field().replaceAll("\\[\\d+]", "[]");
        }
        return "status_" + problem.status();
    }
}
