package vn.dvc.kpi.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import vn.dvc.commons.messaging.BatchCommitted;

class HotFiguresTest {

    private final AtomicInteger computations = new AtomicInteger();
    private final Supplier<Integer> counting = computations::incrementAndGet;

    @Test
    void answersFromMemoryUntilABatchCommits() {
        HotFigures figures = figures(Duration.ZERO, Duration.ofMinutes(1));
        Instant before = Instant.now();

        HotFigures.Answer<Integer> first = figures.get("province", counting);
        HotFigures.Answer<Integer> again = figures.get("province", counting);
        figures.onCommitted(new BatchCommitted("kpi-dossier-events", 3));
        HotFigures.Answer<Integer> afterCommit = figures.get("province", counting);

        assertEquals(1, first.value());
        assertEquals(1, again.value(), "nothing committed since: the same figure, not computed again");
        assertEquals(first.asOf(), again.asOf());
        assertFalse(first.asOf().isBefore(before));
        assertEquals(2, afterCommit.value(), "a commit outdates it: computed from the rows as they are now");
        assertTrue(afterCommit.asOf().compareTo(first.asOf()) >= 0);
    }

    @Test
    void anAnswerYoungerThanTheStalenessBoundIsServedAcrossACommit() {
        HotFigures figures = figures(Duration.ofMinutes(1), Duration.ofMinutes(1));

        figures.get("district", counting);
        figures.onCommitted(new BatchCommitted("kpi-dossier-events", 1));

        assertEquals(1, figures.get("district", counting).value());
    }

    @Test
    void anAnswerOlderThanMaxAgeIsComputedAgainEvenWithoutACommitHere() {
        HotFigures figures = figures(Duration.ZERO, Duration.ZERO);

        figures.get("commune", counting);

        assertEquals(2, figures.get("commune", counting).value(), "other instances may have committed meanwhile");
    }

    @Test
    void keysAreKeptApartAndAFailedComputationIsNotKept() {
        HotFigures figures = figures(Duration.ofMinutes(1), Duration.ofMinutes(1));

        assertEquals(1, figures.get("a", counting).value());
        assertEquals(2, figures.get("b", counting).value());
        assertThrows(IllegalStateException.class, () -> figures.get("unknown", () -> {
            throw new IllegalStateException("unknown unit");
        }));
        assertEquals(3, figures.get("unknown", counting).value());
    }

    @Test
    void switchedOffEveryReadComputes() {
        HotFigures figures = new HotFigures(false, Duration.ofMinutes(1), Duration.ofMinutes(1), Duration.ofMinutes(2),
                256, new SimpleMeterRegistry());

        figures.get("province", counting);

        assertEquals(2, figures.get("province", counting).value());
    }

    private static HotFigures figures(Duration maxStaleness, Duration maxAge) {
        return new HotFigures(true, maxStaleness, maxAge, Duration.ofMinutes(2), 256, new SimpleMeterRegistry());
    }
}
