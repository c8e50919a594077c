package vn.dvc.bench.driver;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.dvc.bench.driver.Batch.Endpoint;

/** What the load driver saw: items per endpoint and outcome, request latencies, retries, refusals. Thread-safe. */
public final class IngestStats {

    private final Map<Endpoint, Map<String, Long>> outcomes = new EnumMap<>(Endpoint.class);
    private final Map<Endpoint, Latencies> latencies = new EnumMap<>(Endpoint.class);
    private final List<String> problems = new ArrayList<>();
    private long retries;
    private final Map<Integer, Long> transientAnswers = new TreeMap<>();
    private long transientWithRetryAfter;
    private long slowestNanos;
    private long acknowledgedItems;
    private long firstSentNanos;
    private long lastAcknowledgedNanos;

    synchronized void sent(long nanos) {
        if (firstSentNanos == 0) {
            firstSentNanos = nanos;
        }
    }

    synchronized void acknowledged(Endpoint endpoint, Map<String, Long> counts, long latencyNanos, long atNanos) {
        Map<String, Long> byOutcome = outcomes.computeIfAbsent(endpoint, e -> new TreeMap<>());
        counts.forEach((outcome, count) -> byOutcome.merge(outcome, count, Long::sum));
        acknowledgedItems += counts.values().stream().mapToLong(Long::longValue).sum();
        latencies.computeIfAbsent(endpoint, e -> new Latencies()).add(latencyNanos);
        lastAcknowledgedNanos = Math.max(lastAcknowledgedNanos, atNanos);
        slowestNanos = Math.max(slowestNanos, latencyNanos);
    }

    synchronized void retried(GatewayClient.Answer answer) {
        retries++;
        transientAnswers.merge(answer.status(), 1L, Long::sum);
        transientWithRetryAfter += answer.retryAfter() == null ? 0 : 1;
        slowestNanos = Math.max(slowestNanos, answer.nanos());
    }

    /** The statuses of the answers a request was sent again after (0: no answer at all), with their counts. */
    public synchronized Map<Integer, Long> transientAnswers() {
        return new TreeMap<>(transientAnswers);
    }

    public synchronized long transientWithRetryAfter() {
        return transientWithRetryAfter;
    }

    /** The longest wait for an answer that was then retried: how long a client hangs in a fault. */
    public synchronized long slowestRetriedNanos() {
        return slowestNanos;
    }

    synchronized void problem(String problem) {
        if (problems.size() < 20) {
            problems.add(problem);
        }
    }

    public synchronized long acknowledgedItems() {
        return acknowledgedItems;
    }

    public synchronized long count(Endpoint endpoint, String outcome) {
        return outcomes.getOrDefault(endpoint, Map.of()).getOrDefault(outcome, 0L);
    }

    public synchronized Map<Endpoint, Map<String, Long>> outcomes() {
        Map<Endpoint, Map<String, Long>> copy = new EnumMap<>(Endpoint.class);
        outcomes.forEach((endpoint, counts) -> copy.put(endpoint, new TreeMap<>(counts)));
        return copy;
    }

    public synchronized Latencies latencies(Endpoint endpoint) {
        return latencies.computeIfAbsent(endpoint, e -> new Latencies());
    }

    public synchronized long retries() {
        return retries;
    }

    public synchronized List<String> problems() {
        return List.copyOf(problems);
    }

    public synchronized long firstSentNanos() {
        return firstSentNanos;
    }

    public synchronized long lastAcknowledgedNanos() {
        return lastAcknowledgedNanos;
    }

    /** Items refused by the suite (REJECTED outcomes and refused single requests). */
    public synchronized long refused() {
        return outcomes.values().stream().mapToLong(counts -> counts.getOrDefault("REJECTED", 0L)).sum();
    }
}
