package vn.dvc.bench.driver;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicLong;
import vn.dvc.bench.stream.PortalItem.DossierEvent;
import vn.dvc.bench.stream.PortalJson;

/**
 * Read your own writes (README "Read what you wrote"): how long from sending an event to a {@code GET /kpis} sent with
 * the write's {@code X-DVC-Written} token answering with it. Each probe posts one {@code RECEIVED} event of the probe
 * unit, received ten days ago (out of the freshness probe's window), then reads that window once with the token — a
 * 503 is retried after its Retry-After, as the README tells clients to. An answer whose count lacks the probe is
 * counted as stale: the token's promise broken.
 */
public final class ReadYourWritesProbe {

    private static final ZoneId LOCAL = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final int MAX_TRIES = 10;

    private final GatewayClient gateway;
    private final String namespace;
    private final String label;
    private final Latencies writeToRead = new Latencies();
    private final AtomicLong notYet = new AtomicLong();
    private final AtomicLong stale = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private long expected = -1;
    private int number;
    private volatile boolean running;
    private Thread prober;

    public ReadYourWritesProbe(GatewayClient gateway, String namespace, String label) {
        this.gateway = gateway;
        this.namespace = namespace;
        this.label = label;
    }

    /** From the write's sending to the satisfied read's answer. */
    public Latencies writeToRead() {
        return writeToRead;
    }

    /** Reads answered 503 "not yet applied" before the satisfied one. */
    public long notYet() {
        return notYet.get();
    }

    /** Satisfied reads that did not count the probe. */
    public long stale() {
        return stale.get();
    }

    /** Probes whose write was refused or answered without a token, or whose read never succeeded. */
    public long failed() {
        return failed.get();
    }

    /** Probes one after another, {@code count} of them, with nothing else running. */
    public static ReadYourWritesProbe idle(GatewayClient gateway, String namespace, int count) {
        ReadYourWritesProbe probe = new ReadYourWritesProbe(gateway, namespace, "idle");
        for (int i = 0; i < count; i++) {
            probe.probeOnce();
        }
        return probe;
    }

    /** Probes back to back beside a load, until {@link #stop()}. */
    public void start() {
        running = true;
        prober = new Thread(() -> {
            while (running) {
                probeOnce();
            }
        }, "read-your-writes-" + label);
        prober.start();
    }

    public void stop() {
        running = false;
        try {
            prober.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void probeOnce() {
        for (int attempt = 0; expected < 0 && attempt < MAX_TRIES; attempt++) {
            expected = count(null);
        }
        if (expected < 0) {
            failed.incrementAndGet();
            return;
        }
        long started = System.nanoTime();
        Instant received = Instant.now().minus(Duration.ofDays(10));
        String dossierId = "RYW-" + namespace + "-" + label + "-" + (++number);
        DossierEvent event = new DossierEvent(received, dossierId + ".e1", dossierId, "RECEIVED",
                ReferenceData.probeDepartment(namespace), null, ReferenceData.PROBE_SERVICE, "ONLINE",
                received.plus(Duration.ofDays(20)), null, true, false, null, null, false);
        GatewayClient.Answer written = gateway.post("portal", "/dossier-events", PortalJson.single(event));
        if (!written.ok() || written.written() == null) {
            failed.incrementAndGet();
            expected = -1;
            return;
        }
        expected++;
        for (int attempt = 0; attempt < MAX_TRIES; attempt++) {
            long seen = count(written.written());
            if (seen >= 0) {
                writeToRead.add(System.nanoTime() - started);
                if (seen < expected) {
                    stale.incrementAndGet();
                    expected = -1;
                }
                return;
            }
        }
        failed.incrementAndGet();
        expected = -1;
    }

    /** The probe window's dossier count, read after the token (none: a plain read); -1 when not answered. */
    private long count(String token) {
        LocalDate tenDaysAgo = LocalDate.now(LOCAL).minusDays(10);
        String path = "/kpis?unit=" + ReferenceData.probeRoot(namespace) + "&indicator=ONLINE_DOSSIER_SHARE&from="
                + tenDaysAgo.minusDays(1) + "&to=" + tenDaysAgo.plusDays(2);
        GatewayClient.Answer answer = token == null ? gateway.get("ministry", path)
                : gateway.get("ministry", path, "X-DVC-After", token);
        if ((answer.status() == 503 || answer.status() == 429) && answer.retryAfter() != null) {
            if (answer.status() == 503) {
                notYet.incrementAndGet();
            }
            // the ministry key's rate is shared with the read probes: wait as told, like any client
            ReferenceData.pause(Duration.ofSeconds(Long.parseLong(answer.retryAfter())));
            return -1;
        }
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
}
