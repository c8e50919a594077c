package vn.dvc.bench.driver;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import vn.dvc.bench.stream.PortalItem.DossierEvent;
import vn.dvc.bench.stream.PortalJson;

/**
 * Freshness: how long after the gateway acknowledged an event its dossier shows in {@code GET /kpis}. At a fixed
 * interval it posts one {@code RECEIVED} event for a new dossier of the probe unit (a root of its own, received now);
 * a reader polls the probe unit's {@code ONLINE_DOSSIER_SHARE} denominator every 50 ms, and the k-th probe counts as
 * visible with the first answer showing k probes. So each figure is an upper bound, coarse by one poll.
 */
public final class FreshnessProbe {

    private static final ZoneId LOCAL = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final long POLL_INTERVAL_NANOS = 50_000_000L;

    private final GatewayClient gateway;
    private final String namespace;
    private final String label;
    private final Duration interval;
    private final Latencies freshness = new Latencies();
    private final Latencies reads = new Latencies();
    private final List<Long> acknowledgedAt = new ArrayList<>();
    private volatile boolean running;
    private Thread sender;
    private Thread reader;
    private long baseline = -1;
    private int seen;

    public FreshnessProbe(GatewayClient gateway, String namespace, String label, Duration interval) {
        this.gateway = gateway;
        this.namespace = namespace;
        this.label = label;
        this.interval = interval;
    }

    public Latencies freshness() {
        return freshness;
    }

    /** The probe reader's own read latencies: the resolution of the freshness figures. */
    public Latencies reads() {
        return reads;
    }

    public void start() {
        baseline = visibleCount();
        running = true;
        sender = new Thread(this::sendProbes, "freshness-sender");
        reader = new Thread(this::readUntilStopped, "freshness-reader");
        sender.start();
        reader.start();
    }

    /** Stops sending, then waits (up to a minute) for the probes sent to show, so none is left unmeasured. */
    public void stop() {
        running = false;
        join(sender);
        Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
        while (pendingProbes() > 0 && Instant.now().isBefore(deadline)) {
            observe();
        }
        join(reader);
    }

    private void sendProbes() {
        int number = 0;
        while (running) {
            long next = System.nanoTime() + interval.toNanos();
            Instant now = Instant.now();
            String dossierId = "PROBE-" + namespace + "-" + label + "-" + (++number);
            DossierEvent event = new DossierEvent(now, dossierId + ".e1", dossierId, "RECEIVED",
                    ReferenceData.probeDepartment(namespace), null, ReferenceData.PROBE_SERVICE, "ONLINE",
                    now.plus(Duration.ofDays(5)), null, true, false, null, null, false);
            GatewayClient.Answer answer = gateway.post("portal", "/dossier-events", PortalJson.single(event));
            if (answer.ok()) {
                synchronized (this) {
                    acknowledgedAt.add(System.nanoTime());
                }
            }
            long wait = next - System.nanoTime();
            if (wait > 0) {
                ReferenceData.pause(Duration.ofNanos(wait));
            }
        }
    }

    private void readUntilStopped() {
        while (running) {
            observe();
        }
    }

    private void observe() {
        long before = System.nanoTime();
        long visible = visibleCount();
        long after = System.nanoTime();
        reads.add(after - before);
        synchronized (this) {
            while (visible >= 0 && seen < acknowledgedAt.size() && visible - baseline > seen) {
                freshness.add(after - acknowledgedAt.get(seen));
                seen++;
            }
        }
        // at most 20 reads a second: the probe must not become the load it measures
        long rest = POLL_INTERVAL_NANOS - (after - before);
        if (rest > 0) {
            ReferenceData.pause(Duration.ofNanos(rest));
        }
    }

    private synchronized int pendingProbes() {
        return acknowledgedAt.size() - seen;
    }

    private long visibleCount() {
        LocalDate today = LocalDate.now(LOCAL);
        GatewayClient.Answer answer = gateway.get("ministry", "/kpis?unit=" + ReferenceData.probeRoot(namespace)
                + "&from=" + today.minusDays(1) + "&to=" + today.plusDays(2));
        if (!answer.ok()) {
            return -1;
        }
        for (var indicator : answer.json().path("indicators")) {
            if (indicator.path("code").asText().equals("ONLINE_DOSSIER_SHARE")) {
                return indicator.path("denominator").asLong();
            }
        }
        return -1;
    }

    private static void join(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
