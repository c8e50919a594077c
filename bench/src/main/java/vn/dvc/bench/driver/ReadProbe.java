package vn.dvc.bench.driver;

import java.time.Duration;
import java.util.List;

/**
 * Indicator reads at a fixed rate with the ministry's key — {@code GET /kpis} for a rotating list of scopes and
 * periods — timed from when each read was due, not when it was sent, so a slow answer also counts against the
 * reads queued behind it (no coordinated omission).
 */
public final class ReadProbe {

    private final GatewayClient gateway;
    private final List<String> queries;
    private final double perSecond;
    private final Latencies latencies = new Latencies();
    private volatile boolean running;
    private Thread reader;
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
        running = true;
        reader = new Thread(this::readUntilStopped, "read-probe");
        reader.start();
    }

    public void stop() {
        running = false;
        try {
            reader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
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

    private void readUntilStopped() {
        long period = (long) (1e9 / perSecond);
        long due = System.nanoTime();
        int i = 0;
        while (running) {
            GatewayClient.Answer answer = gateway.get("ministry", "/kpis?" + queries.get(i++ % queries.size()));
            long done = System.nanoTime();
            if (answer.ok()) {
                latencies.add(done - due);
            } else {
                synchronized (this) {
                    failures++;
                }
            }
            due += period;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                ReferenceData.pause(Duration.ofNanos(wait));
            }
        }
    }
}
