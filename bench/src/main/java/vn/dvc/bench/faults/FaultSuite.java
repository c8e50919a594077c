package vn.dvc.bench.faults;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.dvc.bench.baseline.BenchDatabase;
import vn.dvc.bench.driver.Batcher;
import vn.dvc.bench.driver.GatewayClient;
import vn.dvc.bench.driver.KafkaLag;
import vn.dvc.bench.driver.LoadDriver;
import vn.dvc.bench.driver.ReferenceData;
import vn.dvc.bench.province.Province;
import vn.dvc.bench.province.ProvinceGenerator;
import vn.dvc.bench.province.ProvinceShape;
import vn.dvc.bench.stream.PortalItem;
import vn.dvc.bench.stream.PortalStream;
import vn.dvc.launcher.Suite;

/**
 * Runs fault cases one after another against a suite of its own: for each, a fresh province pushes a month of its
 * portal's items through the gateway at a steady rate; from 20 % of the stream on, the fault is injected three times;
 * then the suite is healed, drained and judged by the oracle. Answers each case's checks.
 */
public final class FaultSuite {

    private static final int[] ROUND_AT_PERCENT = {20, 45, 70};
    private static final LocalDate FORMS_FROM = LocalDate.of(2022, 1, 1);
    private static final LocalDate FORMS_TO = LocalDate.of(2023, 1, 1);

    private final Suite suite;
    private final GatewayClient gateway;
    private final PrintStream out;
    private final boolean full;
    private final long seed;
    private final String runTag;

    public FaultSuite(Suite suite, GatewayClient gateway, PrintStream out, boolean full, long seed) {
        this.suite = suite;
        this.gateway = gateway;
        this.out = out;
        this.full = full;
        this.seed = seed;
        this.runTag = Long.toString(System.currentTimeMillis() / 1000 % 1_679_616, 36).toUpperCase();
    }

    /** Every load case, in the order of the list (fuzzing runs apart, see {@link Fuzzer}). */
    public static List<FaultCase> allCases() {
        List<FaultCase> cases = new ArrayList<>();
        cases.add(new ProcessCases.GatewayKilled());
        cases.add(new DuplicatedAndReordered());
        cases.addAll(FaultPointCases.all());
        cases.add(new ProcessCases.BrokerKilled());
        cases.add(new ProcessCases.BrokerPaused());
        cases.add(new ProcessCases.BrokerDown());
        cases.add(new ProcessCases.DatabaseKilled());
        cases.add(new ProcessCases.DatabasePaused());
        cases.add(new KafkaPartition());
        cases.add(new RebalanceStorm());
        cases.add(new ScaleOut());
        cases.add(new PoisonRecordsCase());
        cases.add(new ProcessCases.GracefulStops());
        return cases;
    }

    public record CaseResult(String name, String fault, boolean passed, long seconds, List<Check> checks, String error) {
    }

    public List<CaseResult> run(List<FaultCase> cases) {
        List<CaseResult> results = new ArrayList<>();
        BenchDatabase database = BenchDatabase.of(suite.settings().runDir(), suite.settings().database().host(),
                suite.settings().database().port());
        Injector injector = new Injector(suite, out);
        try (KafkaLag lag = new KafkaLag(suite.settings().kafka().toString(),
                KafkaLag.SUITE_GROUPS)) {
            Oracle oracle = new Oracle(gateway, database, lag, injector);
            for (int i = 0; i < cases.size(); i++) {
                FaultCase fault = cases.get(i);
                out.printf("Case %d of %d, %s: %s%n", i + 1, cases.size(), fault.name(), fault.fault());
                CaseResult result = runCase(fault, String.format("F%02d%s", i + 1, runTag), injector, oracle);
                results.add(result);
                out.printf("  %s in %d s%n", result.passed() ? "PASSED" : "FAILED", result.seconds());
                result.checks().forEach(check -> out.printf("    [%s] %s — %s%n", check.held() ? "ok" : "FAIL", check.what(),
                        check.seen()));
            }
        }
        return results;
    }

    private CaseResult runCase(FaultCase fault, String namespace, Injector injector, Oracle oracle) {
        Instant started = Instant.now();
        List<Check> checks = new ArrayList<>();
        String unsupported = fault instanceof KafkaPartition ? KafkaPartition.unsupportedReason() : null;
        if (unsupported != null) {
            return new CaseResult(fault.name(), fault.fault(), false, 0, List.of(Check.of("the fault can be injected here",
                    false, unsupported)), unsupported);
        }
        LoadDriver driver = null;
        try {
            injector.restartUnready();
            fault.prepare(injector);
            Province province = ProvinceGenerator.generate(namespace, ProvinceShape.of(full ? 0.05 : 0.02), seed);
            LocalDate from = LocalDate.of(2022, 3, 1);
            LocalDate to = from.plusMonths(1);
            ReferenceData.load(gateway, province, FORMS_FROM, FORMS_TO);
            PortalStream stream = new PortalStream(province, seed, from, to);
            Iterator<PortalItem> sent = fault.decorate(stream, seed);
            Generated generated = Generated.of(fault.decorate(new PortalStream(province, seed, from, to), seed));
            // the load lasts what the case asks: a case whose rounds take long streams slowly enough to outlast them
            double rate = Math.max(10, generated.items() / (double) fault.load(full).toSeconds());
            LoadDriver load = new LoadDriver(gateway, 2, rate);
            driver = load;
            Thread pushing = new Thread(() -> load.run(new Batcher(sent, 200, 2)), fault.name() + "-driver");
            pushing.start();
            for (int round = 1; round <= ROUND_AT_PERCENT.length; round++) {
                awaitProgress(driver, generated.items() * ROUND_AT_PERCENT[round - 1] / 100, pushing);
                injector.say("round " + round + " at " + Math.round(100.0 * driver.stats().acknowledgedItems()
                        / generated.items()) + " % of the stream");
                fault.inject(injector, round, full);
            }
            pushing.join();
            fault.heal(injector);
            CaseRun run = new CaseRun(province, from, to, stream, generated, driver.stats());
            checks.add(oracle.awaitDrained(run, Duration.ofMinutes(full ? 10 : 4)));
            checks.addAll(oracle.judge(run));
            checks.addAll(fault.verify(injector, run));
            return new CaseResult(fault.name(), fault.fault(), checks.stream().allMatch(Check::held),
                    Duration.between(started, Instant.now()).toSeconds(), checks, null);
        } catch (RuntimeException | InterruptedException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            checks.add(Check.of("the case ran to its end", false, String.valueOf(e.getMessage())));
            if (driver != null) {
                driver.stop();
            }
            try {
                fault.heal(injector);
            } catch (RuntimeException ignored) {
                // the next case starts by restarting whatever is missing anyway
            }
            return new CaseResult(fault.name(), fault.fault(), false, Duration.between(started, Instant.now()).toSeconds(),
                    checks, String.valueOf(e.getMessage()));
        }
    }

    /**
     * Fault 11: {@code payloads} bad requests on every write endpoint, through keys of its own (no rate limit in the
     * way), against three units made for it; then nothing of them may be stored and every service must be ready.
     */
    public CaseResult fuzz(int payloads) {
        Instant started = Instant.now();
        List<Check> checks = new ArrayList<>();
        String base = "FZB" + runTag;
        Map<String, String> units = Map.of("district", base + ".H01", "commune", base + ".H01.X01");
        try {
            new Injector(suite, out).restartMissing();
            ReferenceData.expectOk("PUT /units", gateway.put("ops", "/units", GatewayClient.toJson(List.of(
                    Map.of("code", base, "name", "Tỉnh thử", "tier", "PROVINCE"),
                    Map.of("code", units.get("district"), "name", "Huyện thử", "tier", "DISTRICT", "parentCode", base),
                    Map.of("code", units.get("commune"), "name", "Xã thử", "tier", "COMMUNE", "parentCode", units.get("district"))))));
            String commune = units.get("commune");
            ReferenceData.awaitTrue("payment-service to know " + commune,
                    () -> gateway.get("ops", "/payments/tally?unit=" + commune + "&from=2022-01-01&to=2022-02-01").ok());
            ReferenceData.awaitTrue("reporting-service to know " + commune, () -> gateway.get("ops",
                    "/reports/completion?unit=" + commune + "&from=2022-01-01&to=2022-02-01").ok());
            GatewayClient unthrottled = new GatewayClient(suite.gatewayUri(), Map.of("portal", fuzzKey("portal"), "ops", fuzzKey("ops")));
            Fuzzer fuzzer = new Fuzzer(unthrottled, units);
            for (Fuzzer.Endpoint endpoint : fuzzer.endpoints()) {
                Fuzzer.Tally tally = fuzzer.fuzz(endpoint, payloads, seed);
                out.printf("    %s: %d bad requests, answers %s%n", tally.endpoint(), tally.sent(), tally.statuses());
                checks.add(Check.of(tally.endpoint() + ": every bad request refused with a 4xx problem", tally.held(),
                        String.format("%d problems, %d batches with every item rejected, of %d; answers %s%s",
                                tally.refusedAsProblem(), tally.refusedPerItem(), tally.sent(), tally.statuses(),
                                tally.violations().isEmpty() ? "" : "; e.g. " + tally.violations().get(0))));
            }
            BenchDatabase database = BenchDatabase.of(suite.settings().runDir(), suite.settings().database().host(),
                    suite.settings().database().port());
            Injector injector = new Injector(suite, out);
            try (KafkaLag lag = new KafkaLag(suite.settings().kafka().toString(), List.of())) {
                Oracle oracle = new Oracle(gateway, database, lag, injector);
                List<String> stored = new ArrayList<>();
                Fuzzer.storedQueries(units).forEach((what, sql) -> {
                    long rows = Long.parseLong(oracle.query(sql, null).get(0));
                    if (rows > 0) {
                        stored.add(rows + " " + what);
                    }
                });
                checks.add(Check.of("nothing of the bad requests stored", stored.isEmpty(),
                        stored.isEmpty() ? "no row anywhere" : String.join(", ", stored)));
                checks.add(oracle.readyCheck());
            }
        } catch (RuntimeException e) {
            checks.add(Check.of("the case ran to its end", false, String.valueOf(e.getMessage())));
        }
        return new CaseResult("fuzzed-payloads", payloads + " bad payloads on each of the 13 write endpoints",
                checks.stream().allMatch(Check::held), Duration.between(started, Instant.now()).toSeconds(), checks, null);
    }

    private String fuzzKey(String role) {
        GatewayClient.Answer answer = gateway.post("ops", "/api-keys", GatewayClient.toJson(Map.of("name", "FZK-" + role
                + "-" + runTag, "role", role, "requestsPerSecond", 100_000)));
        ReferenceData.expectOk("POST /api-keys", answer);
        return answer.json().path("token").asText();
    }

    private void awaitProgress(LoadDriver driver, long items, Thread pushing) {
        while (driver.stats().acknowledgedItems() < items && pushing.isAlive()) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** The results as a report section: case → passed, seconds, checks. */
    public static Map<String, Object> report(List<CaseResult> results) {
        Map<String, Object> report = new LinkedHashMap<>();
        results.forEach(result -> report.put(result.name(), result));
        return report;
    }
}
