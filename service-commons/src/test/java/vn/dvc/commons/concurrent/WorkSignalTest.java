package vn.dvc.commons.concurrent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class WorkSignalTest {

    @Test
    void aSignalGivenWhileBusyIsKeptForTheNextWait() {
        WorkSignal work = new WorkSignal();
        work.signal();

        long started = System.nanoTime();
        assertThat(work.await(Duration.ofMinutes(1))).isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(30));
    }

    @Test
    void aSignalWakesAWaitingWorker() throws Exception {
        WorkSignal work = new WorkSignal();
        CompletableFuture<Long> waited = CompletableFuture.supplyAsync(() -> {
            long started = System.nanoTime();
            work.await(Duration.ofMinutes(1));
            return System.nanoTime() - started;
        });
        while (!waited.isDone()) {
            work.signal();
            Thread.onSpinWait();
        }
        assertThat(Duration.ofNanos(waited.get(30, TimeUnit.SECONDS))).isLessThan(Duration.ofSeconds(30));
    }
}
