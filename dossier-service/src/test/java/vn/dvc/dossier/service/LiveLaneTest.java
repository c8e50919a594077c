package vn.dvc.dossier.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.dvc.contracts.Topic;
import vn.dvc.problem.ProblemException;

/** Today's events keep their own lane: their own admission permits and their own topic. */
class LiveLaneTest {

    private static final Instant NOW = Instant.parse("2026-12-04T03:00:00Z");

    @Test
    void aStateGoesLiveWhenItsNewestAppliedEventHappenedWithinTheLastDay() {
        assertThat(StateLanes.topicFor(List.of(NOW.minusSeconds(5)), NOW)).isEqualTo(Topic.DOSSIER_EVENTS_LIVE);
        assertThat(StateLanes.topicFor(List.of(Instant.parse("2022-06-01T01:30:00Z"), NOW.minus(Duration.ofHours(23))), NOW))
                .isEqualTo(Topic.DOSSIER_EVENTS_LIVE);
        assertThat(StateLanes.topicFor(List.of(NOW.minus(Duration.ofDays(1))), NOW)).isEqualTo(Topic.DOSSIER_EVENTS);
        assertThat(StateLanes.topicFor(List.of(Instant.parse("2022-06-01T01:30:00Z")), NOW)).isEqualTo(Topic.DOSSIER_EVENTS);
        assertThat(StateLanes.topicFor(Arrays.asList((Instant) null), NOW)).isEqualTo(Topic.DOSSIER_EVENTS);
    }

    @Test
    void aSmallRequestIsAdmittedWhileTheBulkPermitsAreHeld() throws Exception {
        IntakeAdmission admission = new IntakeAdmission(1, 1, 20, Duration.ofMillis(200));
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> history = CompletableFuture.supplyAsync(() -> admission.admit(1000, () -> {
            holding.countDown();
            await(release);
            return "history";
        }));
        assertThat(holding.await(5, TimeUnit.SECONDS)).isTrue();

        assertThat(admission.admit(1, () -> "live")).isEqualTo("live");
        assertThat(admission.admit(20, () -> "twenty")).isEqualTo("twenty");
        assertThatThrownBy(() -> admission.admit(21, () -> "another batch")).isInstanceOf(ProblemException.class);

        release.countDown();
        assertThat(history.get(5, TimeUnit.SECONDS)).isEqualTo("history");
        assertThat(admission.admit(1000, () -> "next batch")).isEqualTo("next batch");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
