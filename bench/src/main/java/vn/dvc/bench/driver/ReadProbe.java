package vn.dvc.bench.driver;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Indicator reads at a fixed rate with the ministry's key — {@code GET /kpis} for a rotating list of scopes and
 * periods — from a few readers, as several users would read at once; each timed from when it was due, not when it
 * was sent, so a read that waited for a free reader counts its wait (no coordinated omission).
 */
public final class ReadProbe {

    private final GatewayClient gateway;
    private final List<String> queries;
    private final double perSecond;
    private final Latencies latencies = new Latencies();
    private static final int READERS = 4;

    private final AtomicInteger next = new AtomicInteger();
    private ScheduledExecutorService readers;
    private long failures;

    /** @param queries query strings for {@code /kpis}, e.g. {@code unit=BP&from=2022-06-01&to=2022-09-01} */
    public ReadProbe(GatewayClient gateway, List<String> queries, double perSecond) {
        this.gateway = gateway;
        this.queries = queries;
        this.perSecond = perSecond;
    }

    public Latencies latencies() {
        return latencies;
    }

    public synchronized long failures() {
        return failures;
    }

    public void start() {
        readers = Executors.newScheduledThreadPool(READERS);
        readers.scheduleAtFixedRate(this::dispatch, 0, (long) (1e9 / perSecond), TimeUnit.NANOSECONDS);
    }

    public void stop() {
        readers.shutdownNow();
        try {
            readers.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void dispatch() {
        long due = System.nanoTime();
        readers.execute(() -> read(due));
    }

    private void read(long due) {
        GatewayClient.Answer answer = gateway.get("ministry", "/kpis?" + queries.get(Math.floorMod(next.getAndIncrement(), queries.size())));
        if (answer.ok()) {
            latencies.add(System.nanoTime() - due);
        } else if (answer.status() != 0 || !readers.isShutdown()) {
            synchronized (this) {
                failures++;
            }
        }
    }

    /** Reads {@code count} times back to back (no other load) and answers the latencies. */
    public static Latencies idle(GatewayClient gateway, List<String> queries, int count) {
        Latencies latencies = new Latencies();
        for (int i = 0; i < count; i++) {
            GatewayClient.Answer answer = gateway.get("ministry", "/kpis?" + queries.get(i % queries.size()));
            if (answer.ok()) {
                latencies.add(answer.nanos());
            }
        }
        return latencies;
    }
}
