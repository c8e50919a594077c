package vn.dvc.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.dvc.bench.driver.Batcher;
import vn.dvc.bench.driver.FreshnessProbe;
import vn.dvc.bench.driver.GatewayClient;
import vn.dvc.bench.driver.IngestStats;
import vn.dvc.bench.driver.KafkaLag;
import vn.dvc.bench.driver.Latencies;
import vn.dvc.bench.driver.LoadDriver;
import vn.dvc.bench.driver.ProcessSampler;
import vn.dvc.bench.driver.ReadProbe;
import vn.dvc.bench.driver.ReadYourWritesProbe;
import vn.dvc.bench.driver.ServedFigures;
import vn.dvc.bench.province.Province;
import vn.dvc.bench.stream.Expected;
import vn.dvc.bench.stream.PortalStream;

/**
 * One measured stretch of load: a stream pushed through the gateway (flat out, or at a rate for a while), with
 * indicator reads and freshness probes running beside it, then the wait until every item shows in the figures and
 * the consumers have nothing left. Answers its figures as a report section.
 */
final class Phase {

    private static final Duration REFLECTION_TIMEOUT = Duration.ofMinutes(30);

    private final String name;
    private final GatewayClient gateway;
    private final ProcessSampler sampler;
    private final KafkaLag lag;
    private final Province province;
    private final List<String> readQueries;
    private final double readRate;
    private final Duration probeInterval;

    Phase(String name, GatewayClient gateway, ProcessSampler sampler, KafkaLag lag, Province province,
          List<String> readQueries, double readRate, Duration probeInterval) {
        this.name = name;
        this.gateway = gateway;
        this.sampler = sampler;
        this.lag = lag;
        this.province = province;
        this.readQueries = readQueries;
        this.readRate = readRate;
        this.probeInterval = probeInterval;
    }

    /** @param duration how long to push before stopping, or null to push the whole stream */
    Map<String, Object> run(PortalStream stream, LoadDriver driver, int batchSize, Duration duration, Progress progress) {
        ReadProbe reads = new ReadProbe(gateway, readQueries, readRate);
        FreshnessProbe freshness = new FreshnessProbe(gateway, province.namespace(), name, probeInterval);
        ReadYourWritesProbe readYourWrites = new ReadYourWritesProbe(gateway, province.namespace(), name);
        freshness.start();
        readYourWrites.start();
        reads.start();
        ProcessSampler.Mark start = sampler.mark();
        Thread pushing = new Thread(() -> driver.run(new Batcher(stream, batchSize, driver.concurrency())), name + "-driver");
        pushing.start();
        Instant stopAt = duration == null ? null : Instant.now().plus(duration);
        while (pushing.isAlive()) {
            join(pushing, Duration.ofSeconds(10));
            progress.report(name, driver.stats());
            if (stopAt != null && Instant.now().isAfter(stopAt)) {
                driver.stop();
                join(pushing, null);
            }
        }
        long acknowledgedNanos = driver.stats().lastAcknowledgedNanos();
        reads.stop();
        freshness.stop();
        readYourWrites.stop();
        ProcessSampler.Mark accepted = sampler.mark();
        ServedFigures figures = awaitReflected(stream.expected(), stream);
        ProcessSampler.Mark reflected = sampler.mark();
        Map<String, Object> section = section(driver.stats(), stream.expected(), figures, start, accepted, reflected,
                acknowledgedNanos, reads, freshness);
        section.put("readYourWritesMs", readYourWrites(readYourWrites));
        return section;
    }

    /** Until the province's figures equal the generator's and no consumer group is behind (or the timeout). */
    private ServedFigures awaitReflected(Expected expected, PortalStream stream) {
        Instant deadline = Instant.now().plus(REFLECTION_TIMEOUT);
        ServedFigures figures;
        do {
            figures = ServedFigures.read(gateway, province.namespace(), stream.from(), stream.to(), expected);
            if (figures.matches() && lag.totalLag() == 0) {
                return figures;
            }
            pause();
        } while (Instant.now().isBefore(deadline));
        return figures;
    }

    private Map<String, Object> section(IngestStats stats, Expected expected, ServedFigures figures,
                                        ProcessSampler.Mark start, ProcessSampler.Mark accepted,
                                        ProcessSampler.Mark reflected, long acknowledgedNanos, ReadProbe reads,
                                        FreshnessProbe freshness) {
        double acceptedSeconds = (acknowledgedNanos - stats.firstSentNanos()) / 1e9;
        double reflectedSeconds = (reflected.nanos() - stats.firstSentNanos()) / 1e9;
        long dossierEvents = expected.items(Expected.Kind.DOSSIER_EVENT);
        long items = stats.acknowledgedItems();
        Map<String, Object> section = new LinkedHashMap<>();
        section.put("items", items);
        section.put("dossierEvents", dossierEvents);
        section.put("payments", expected.items(Expected.Kind.PAYMENT));
        section.put("reportSubmissions", expected.items(Expected.Kind.REPORT_SUBMISSION));
        section.put("dossierTotals", expected.items(Expected.Kind.DOSSIER_TOTAL));
        section.put("outcomes", stats.outcomes());
        section.put("refused", stats.refused());
        section.put("retries", stats.retries());
        section.put("problems", stats.problems());
        section.put("acceptedSeconds", round(acceptedSeconds, 1));
        section.put("acceptedItemsPerSecond", round(items / acceptedSeconds, 0));
        section.put("acceptedEventsPerSecond", round(dossierEvents / acceptedSeconds, 0));
        section.put("reflectedSeconds", round(reflectedSeconds, 1));
        section.put("reflectedItemsPerSecond", round(items / reflectedSeconds, 0));
        section.put("reflectedEventsPerSecond", round(dossierEvents / reflectedSeconds, 0));
        section.put("figuresMatchGenerator", figures.matches());
        section.put("served", figures.served());
        section.put("expected", figures.expected());
        Map<String, Object> batches = new LinkedHashMap<>();
        stats.outcomes().keySet().forEach(endpoint -> batches.put(endpoint.path(), percentiles(stats.latencies(endpoint))));
        section.put("requestLatencyMs", batches);
        section.put("freshnessMs", percentiles(freshness.freshness()));
        section.put("freshnessResolutionMs", percentiles(freshness.reads()));
        Map<String, Object> readSection = percentiles(reads.latencies());
        readSection.put("failures", reads.failures());
        readSection.put("perSecond", readRate);
        section.put("readsWhileIngestingMs", readSection);
        section.put("whileIngesting", usage(sampler.between(start, accepted)));
        section.put("untilReflected", usage(sampler.between(start, reflected)));
        return section;
    }

    /** From a write to the read sent with its token answering it; the 503s, stale and failed probes beside. */
    static Map<String, Object> readYourWrites(ReadYourWritesProbe probe) {
        Map<String, Object> figures = percentiles(probe.writeToRead());
        figures.put("notYetAnswers", probe.notYet());
        figures.put("stale", probe.stale());
        figures.put("failed", probe.failed());
        return figures;
    }

    static Map<String, Object> percentiles(Latencies latencies) {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("count", latencies.count());
        figures.put("p50", round(latencies.percentileMillis(50), 1));
        figures.put("p99", round(latencies.percentileMillis(99), 1));
        figures.put("max", round(latencies.maxMillis(), 1));
        return figures;
    }

    static Map<String, Object> usage(ProcessSampler.Usage usage) {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("seconds", round(usage.seconds(), 1));
        figures.put("machineBusyPercent", round(usage.machineBusyShare() * 100, 1));
        Map<String, Object> processes = new LinkedHashMap<>();
        usage.cpuSeconds().forEach((process, cpu) -> {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("cpuSeconds", round(cpu, 1));
            one.put("coresUsed", round(usage.coresUsed().get(process), 2));
            one.put("maxRssMb", usage.maxRssMb().get(process));
            processes.put(process, one);
        });
        figures.put("processes", processes);
        return figures;
    }

    /** Half-up to {@code decimals}; null (JSON null) when there is no figure. */
    static Double round(double value, int decimals) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return null;
        }
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }

    private static void join(Thread thread, Duration timeout) {
        try {
            if (timeout == null) {
                thread.join();
            } else {
                thread.join(timeout.toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Where a phase tells how far it got. */
    interface Progress {
        void report(String phase, IngestStats stats);
    }
}
