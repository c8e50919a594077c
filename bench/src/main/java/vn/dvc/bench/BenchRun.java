package vn.dvc.bench;

import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.dvc.bench.baseline.BatchedInsertBaseline;
import vn.dvc.bench.baseline.BenchDatabase;
import vn.dvc.bench.baseline.DuckDbBaseline;
import vn.dvc.bench.baseline.GroupByBaseline;
import vn.dvc.bench.baseline.RowChanges;
import vn.dvc.bench.baseline.KafkaProducerBaseline;
import vn.dvc.bench.driver.DigestRound;
import vn.dvc.bench.driver.GatewayClient;
import vn.dvc.bench.driver.KafkaLag;
import vn.dvc.bench.driver.Latencies;
import vn.dvc.bench.driver.LoadDriver;
import vn.dvc.bench.driver.ProcessSampler;
import vn.dvc.bench.driver.ReadProbe;
import vn.dvc.bench.driver.ReadYourWritesProbe;
import vn.dvc.bench.driver.ReferenceData;
import vn.dvc.bench.province.Province;
import vn.dvc.bench.province.ProvinceGenerator;
import vn.dvc.bench.province.ProvinceShape;
import vn.dvc.bench.report.JfrProfiles;
import vn.dvc.bench.report.Machine;
import vn.dvc.bench.stream.PortalItem;
import vn.dvc.bench.stream.PortalJson;
import vn.dvc.bench.stream.PortalStream;
import vn.dvc.launcher.Suite;

/**
 * The benchmark, against the running suite: (1) a year of a generated province backfilled through the gateway's
 * batch endpoints as fast as the suite takes it, until every item shows in the figures; (2) the next weeks pushed at a
 * steady rate, for freshness and reads under a live load; (3) reads with nothing else running; (4) the machine's own
 * ceilings, measured now: raw Kafka producer, raw batched inserts, and the indicator as a {@code GROUP BY} over 1 M and
 * 10 M dossier rows against the served one.
 */
final class BenchRun {

    /** The indicator the GROUP BY baseline computes (docs/counting-rules.md, indicator 2), asked of the suite alone. */
    private static final String INDICATOR_2 = "ONLINE_DOSSIER_SHARE";

    private final BenchOptions options;
    private final Suite suite;
    private final GatewayClient gateway;
    private final PrintStream out;

    BenchRun(BenchOptions options, Suite suite, GatewayClient gateway, PrintStream out) {
        this.options = options;
        this.suite = suite;
        this.gateway = gateway;
        this.out = out;
    }

    Map<String, Object> run() {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("machine", Machine.describe());
        report.put("options", options);
        Province province = ProvinceGenerator.generate(options.namespace(), ProvinceShape.of(options.scale()), options.seed());
        out.printf("Province %s: %d units, %d services, about %,d dossiers a year%n", province.namespace(),
                province.units().size(), province.services().size(), province.shape().dossiersPerYear());
        ReferenceData.load(gateway, province, options.from(), options.to());
        out.println("Reference data loaded: units, catalogue, ready-made report forms, payment accounts");

        ProcessSampler sampler = new ProcessSampler(suite.runningProcesses());
        sampler.start();
        try (KafkaLag lag = new KafkaLag(suite.settings().kafka().toString(), KafkaLag.SUITE_GROUPS)) {
            List<String> reads = readQueries(province);
            Phase.Progress progress = (phase, stats) -> out.printf("  %s: %,d items acknowledged, %d refused%n",
                    phase, stats.acknowledgedItems(), stats.refused());

            out.printf("Backfill: the year %d, %d workers, batches of %d, as fast as the suite takes it%n",
                    options.year(), options.concurrency(), options.batchSize());
            PortalStream year = new PortalStream(province, options.seed(), options.from(), options.to());
            JfrProfiles profiles = options.profile()
                    ? JfrProfiles.start(suite.runningProcesses(), suite.settings().runDir().resolve("jfr")) : null;
            RowChanges rowChanges = RowChanges.start(database());
            Map<String, Object> backfill = new Phase("backfill", gateway, sampler, lag, province, reads, options.readRate(),
                    Duration.ofSeconds(1)).run(year, new LoadDriver(gateway, options.concurrency(), 0),
                    options.batchSize(), null, progress);
            report.put("backfill", backfill);
            report.put("backfillRowChanges", rowChanges.finish(((Number) backfill.get("dossierEvents")).longValue()));
            if (profiles != null) {
                report.put("backfillProfile", profiles.stopAndSummarise());
            }

            out.printf("Steady: %.0f items/s in batches of %d for %d s%n", options.steadyRate(), options.steadyBatch(),
                    options.steadySeconds());
            LocalDate next = options.to();
            PortalStream live = new PortalStream(province, options.seed() + 1, next, next.plusMonths(2), false);
            report.put("steady", new Phase("steady", gateway, sampler, lag, province, reads, options.readRate(),
                    Duration.ofMillis(500)).run(live, new LoadDriver(gateway, 2, options.steadyRate()),
                    options.steadyBatch(), Duration.ofSeconds(options.steadySeconds()), progress));
            report.put("rss", Phase.usage(sampler.between(sampler.mark(), sampler.mark())).get("processes"));

            out.println("Reads with nothing else running");
            report.put("idleReadsMs", Phase.percentiles(ReadProbe.idle(gateway, reads, 500)));
            report.put("idleReadYourWritesMs", Phase.readYourWrites(ReadYourWritesProbe.idle(gateway, province.namespace(), 200)));
            out.println("Reminders: every unit's digest of the day");
            report.put("digestRound", DigestRound.measure(gateway, province));
            if (options.baselines()) {
                try {
                    report.put("baselines", baselines(province));
                } catch (RuntimeException e) {
                    // the load figures stand on their own; say what failed rather than lose them
                    out.println("A baseline failed: " + e.getMessage());
                    report.put("baselines", Map.of("error", String.valueOf(e.getMessage())));
                }
            }
        } finally {
            sampler.stop();
        }
        report.put("targets", Targets.of(report, options));
        return report;
    }

    /** Province, a district, a department and a commune; the campaign's three months and the whole year. */
    private List<String> readQueries(Province province) {
        List<String> units = List.of(province.root().code(), province.districts().get(0).unit().code(),
                province.departments().get(1).unit().code(), province.communes().get(0).unit().code());
        List<String> queries = new ArrayList<>();
        for (String unit : units) {
            queries.add("unit=" + unit + "&from=" + options.year() + "-06-01&to=" + options.year() + "-09-01");
            queries.add("unit=" + unit + "&from=" + options.from() + "&to=" + options.to());
        }
        return queries;
    }

    private Map<String, Object> baselines(Province province) {
        Map<String, Object> baselines = new LinkedHashMap<>();
        String sample = sampleStateRecord();
        out.printf("Baseline: raw Kafka producer (acks=all, %d-byte records)%n", sample.length());
        KafkaProducerBaseline.Result kafka = KafkaProducerBaseline.run(suite.settings().kafka().toString(), sample, 500_000);
        baselines.put("kafkaProducer", Map.of("records", kafka.records(), "recordBytes", kafka.recordBytes(),
                "seconds", Phase.round(kafka.seconds(), 2), "recordsPerSecond", Phase.round(kafka.recordsPerSecond(), 0),
                "megabytesPerSecond", Phase.round(kafka.megabytesPerSecond(), 1)));

        BenchDatabase database = database();
        out.println("Baseline: raw batched inserts (rows shaped like dossier_event, 1,000 per batch and commit)");
        BatchedInsertBaseline.Result insert = BatchedInsertBaseline.run(database, eventPayloads(province), 300_000);
        baselines.put("batchedInsert", Map.of("rows", insert.rows(), "seconds", Phase.round(insert.seconds(), 2),
                "rowsPerSecond", Phase.round(insert.rowsPerSecond(), 0)));

        if (!options.groupBySizes().isEmpty()) {
            out.println("Baseline: indicator 2 as a GROUP BY over " + options.groupBySizes() + " dossier rows");
            String campaignFrom = options.year() + "-06-01";
            String campaignTo = options.year() + "-09-01";
            List<GroupByBaseline.Result> groupBy = GroupByBaseline.run(database, options.seed(),
                    LocalDate.parse(campaignFrom), LocalDate.parse(campaignTo),
                    List.of(GroupByBaseline.NAMESPACE, GroupByBaseline.NAMESPACE + ".H01"),
                    options.groupBySizes().stream().mapToLong(Long::longValue).toArray());
            out.println("Baseline: indicator 2 by DuckDB, in process, over the same " + options.groupBySizes() + " dossier rows");
            List<GroupByBaseline.Result> duckDb = DuckDbBaseline.run(options.seed(), LocalDate.parse(campaignFrom),
                    LocalDate.parse(campaignTo), List.of(GroupByBaseline.NAMESPACE, GroupByBaseline.NAMESPACE + ".H01"),
                    options.groupBySizes().stream().mapToLong(Long::longValue).toArray());
            Map<String, String> scopes = Map.of(GroupByBaseline.NAMESPACE, province.root().code(),
                    GroupByBaseline.NAMESPACE + ".H01", province.districts().get(0).unit().code());
            Map<String, Latencies> servedAlone = new LinkedHashMap<>();
            Map<String, Latencies> servedWithEveryOther = new LinkedHashMap<>();
            scopes.forEach((scope, unit) -> {
                String query = "unit=" + unit + "&from=" + campaignFrom + "&to=" + campaignTo;
                servedAlone.put(scope, ReadProbe.idle(gateway, List.of(query + "&indicator=" + INDICATOR_2), 100));
                servedWithEveryOther.put(scope, ReadProbe.idle(gateway, List.of(query), 100));
            });
            List<Map<String, Object>> rows = new ArrayList<>();
            for (int i = 0; i < groupBy.size(); i++) {
                GroupByBaseline.Result result = groupBy.get(i);
                GroupByBaseline.Result columnStore = duckDb.get(i);
                double servedMillis = servedAlone.get(result.scope()).percentileMillis(50);
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("dossiers", result.dossiers());
                row.put("scope", result.scope().equals(GroupByBaseline.NAMESPACE) ? "province" : "district");
                row.put("groupByFirstMs", Phase.round(result.firstMillis(), 1));
                row.put("groupByMedianMs", Phase.round(result.medianMillis(), 1));
                row.put("groupByAnswer", result.online() + " / " + result.received());
                row.put("servedMedianMs", Phase.round(servedMillis, 1));
                row.put("servedEveryIndicatorMedianMs",
                        Phase.round(servedWithEveryOther.get(result.scope()).percentileMillis(50), 1));
                row.put("servedFasterBy", Phase.round(result.medianMillis() / servedMillis, 0));
                row.put("duckDbFirstMs", Phase.round(columnStore.firstMillis(), 1));
                row.put("duckDbMedianMs", Phase.round(columnStore.medianMillis(), 1));
                row.put("duckDbAnswer", columnStore.online() + " / " + columnStore.received());
                row.put("servedFasterThanDuckDbBy", Phase.round(columnStore.medianMillis() / servedMillis, 1));
                row.put("duckDbFillSeconds", Phase.round(columnStore.fillSeconds(), 1));
                row.put("tableFillSeconds", Phase.round(result.fillSeconds(), 1));
                rows.add(row);
            }
            baselines.put("groupByVersusServed", rows);
        }
        return baselines;
    }

    private BenchDatabase database() {
        return BenchDatabase.of(suite.settings().runDir(), suite.settings().database().host(), suite.settings().database().port());
    }

    /** A {@code DossierStateChanged} as it lies on {@code dossier-events} now: the records the suite relays. */
    private String sampleStateRecord() {
        try (var lag = new KafkaLag(suite.settings().kafka().toString(), List.of())) {
            return TopicSample.lastRecord(lag.admin(), suite.settings().kafka().toString(), "dossier-events");
        }
    }

    /** JSON of the first generated events, to insert rows of the intake's size. */
    private List<String> eventPayloads(Province province) {
        PortalStream sample = new PortalStream(province, options.seed(), options.from(), options.from().plusDays(7), false);
        List<String> payloads = new ArrayList<>();
        while (sample.hasNext() && payloads.size() < 5_000) {
            PortalItem item = sample.next();
            if (item instanceof PortalItem.DossierEvent) {
                payloads.add(new String(PortalJson.single(item), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return payloads;
    }

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    }
}
