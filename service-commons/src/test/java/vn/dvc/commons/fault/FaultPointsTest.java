package vn.dvc.commons.fault;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dvc.contracts.fault.FaultPoint;

class FaultPointsTest {

    @TempDir
    Path directory;

    @Test
    void unarmedEveryPassGoesOn() {
        FaultPoints points = new FaultPoints(Optional.empty(), 1, Optional.of(directory.resolve("reached")));

        for (int pass = 0; pass < 100; pass++) {
            points.pass(FaultPoint.OUTBOX_AFTER_SEND);
        }

        assertThat(directory.resolve("reached")).doesNotExist();
    }

    @Test
    void armedTheThreadWaitsAtTheChosenPassSaysSoAndNeverEndsTheProcess() throws Exception {
        Path reached = directory.resolve("reached");
        FaultPoints points = new FaultPoints(Optional.of(FaultPoint.CONSUMER_AFTER_COMMIT), 2, Optional.of(reached));
        AtomicInteger passed = new AtomicInteger();
        Thread consumer = new Thread(() -> {
            for (int pass = 0; pass < 5; pass++) {
                points.pass(FaultPoint.OUTBOX_AFTER_SEND);
                points.pass(FaultPoint.CONSUMER_AFTER_COMMIT);
                passed.incrementAndGet();
            }
        });
        consumer.setDaemon(true);
        consumer.start();

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> Files.exists(reached));
        assertThat(Files.readString(reached)).isEqualTo(FaultPoint.CONSUMER_AFTER_COMMIT);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> consumer.getState() == Thread.State.WAITING);
        assertThat(passed).hasValue(1);
        assertThat(consumer.isAlive()).isTrue();
    }
}
