package vn.dvc.bench.driver;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import vn.dvc.bench.driver.Batch.Endpoint;
import vn.dvc.bench.stream.PortalJson;

/**
 * Pushes a batcher's requests through the gateway with the portal's key, from {@code concurrency} workers, as fast as
 * the suite answers or at a fixed rate of items per second. A request that gets no answer, a 429 or a 5xx is sent
 * again, unchanged (the endpoints are idempotent on the items' ids); any other refusal is counted and kept.
 */
public final class LoadDriver {

    private static final int MAX_ATTEMPTS = 30;

    private final GatewayClient gateway;
    private final int concurrency;
    private final double itemsPerSecond;
    private final IngestStats stats = new IngestStats();
    private final AtomicBoolean stopped = new AtomicBoolean();
    private long pacerStart;
    private long pacedItems;

    /** @param itemsPerSecond 0 for as fast as possible */
    public LoadDriver(GatewayClient gateway, int concurrency, double itemsPerSecond) {
        this.gateway = gateway;
        this.concurrency = concurrency;
        this.itemsPerSecond = itemsPerSecond;
    }

    public IngestStats stats() {
        return stats;
    }

    /** Runs until the batcher is empty or {@link #stop()}; answers when every worker has finished its request. */
    public void run(Batcher batcher) {
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < concurrency; i++) {
            int partition = i;
            Thread worker = new Thread(() -> work(batcher, partition), "load-" + i);
            workers.add(worker);
            worker.start();
        }
        for (Thread worker : workers) {
            try {
                worker.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stop();
            }
        }
        // a stopped run still sends what it took from the stream, so the generator's expectations hold
        batcher.remainder().forEach(this::send);
    }

    public int concurrency() {
        return concurrency;
    }

    public void stop() {
        stopped.set(true);
    }

    private void work(Batcher batcher, int partition) {
        while (!stopped.get()) {
            Optional<Batch> batch = batcher.next(partition);
            if (batch.isEmpty()) {
                return;
            }
            pace(batch.get().size());
            send(batch.get());
        }
    }

    private void send(Batch batch) {
        byte[] body = batch.endpoint() == Endpoint.DOSSIER_TOTAL ? PortalJson.single(batch.items().get(0))
                : PortalJson.array(batch.items());
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            long start = System.nanoTime();
            stats.sent(start);
            GatewayClient.Answer answer = gateway.post("portal", batch.endpoint().path(), body);
            if (answer.ok()) {
                stats.acknowledged(batch.endpoint(), outcomesOf(batch, answer), answer.nanos(), System.nanoTime());
                return;
            }
            if (!transientFailure(answer.status())) {
                stats.acknowledged(batch.endpoint(), Map.of("REJECTED", (long) batch.size()), answer.nanos(), System.nanoTime());
                stats.problem(batch.endpoint().path() + " HTTP " + answer.status() + ": " + answer.text());
                return;
            }
            stats.retried(answer);
            ReferenceData.pause(Duration.ofMillis(Math.min(5_000, 200L * attempt)));
        }
        stats.problem(batch.endpoint().path() + ": no answer after " + MAX_ATTEMPTS + " attempts");
    }

    private Map<String, Long> outcomesOf(Batch batch, GatewayClient.Answer answer) {
        Map<String, Long> counts = new TreeMap<>();
        JsonNode json = answer.json();
        Iterable<JsonNode> results = json.isArray() ? json : List.of(json);
        for (JsonNode result : results) {
            String outcome = result.path("outcome").asText("UNKNOWN");
            counts.merge(outcome, 1L, Long::sum);
            if (outcome.equals("REJECTED")) {
                stats.problem(batch.endpoint().path() + ": " + result.path("problem"));
            }
        }
        return counts;
    }

    private static boolean transientFailure(int status) {
        return status == 0 || status == 429 || status >= 500;
    }

    /** Holds a worker until the fixed rate allows its batch; no wait when running flat out. */
    private void pace(int items) {
        if (itemsPerSecond <= 0) {
            return;
        }
        long due;
        synchronized (this) {
            if (pacerStart == 0) {
                pacerStart = System.nanoTime();
            }
            due = pacerStart + (long) (pacedItems / itemsPerSecond * 1e9);
            pacedItems += items;
        }
        long wait = due - System.nanoTime();
        if (wait > 0) {
            ReferenceData.pause(Duration.ofNanos(wait));
        }
    }
}
