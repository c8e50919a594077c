package vn.dvc.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ArrayList;
import vn.dvc.bench.driver.GatewayClient;
import vn.dvc.bench.faults.FaultCase;
import vn.dvc.bench.faults.FaultReport;
import vn.dvc.bench.faults.FaultSuite;
import vn.dvc.bench.province.Province;
import vn.dvc.bench.province.ProvinceGenerator;
import vn.dvc.bench.province.ProvinceShape;
import vn.dvc.bench.report.Machine;
import vn.dvc.bench.report.BenchReport;
import vn.dvc.bench.stream.Expected;
import vn.dvc.bench.stream.PortalStream;
import vn.dvc.launcher.DevKeys;
import vn.dvc.launcher.LauncherSettings;
import vn.dvc.launcher.Suite;
import vn.dvc.launcher.SuiteService;

/**
 * {@code ./suite bench [options]}: the benchmark against the running suite, report in {@code .run/bench-reports/<time>/};
 * {@code ./suite demo [options]}: a generated province streamed live; {@code generate}: what a seed and scale make,
 * without a suite.
 */
public final class BenchCommand {

    private BenchCommand() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try {
            String command = args.length == 0 ? "run" : args[0];
            if (command.equals("faults")) {
                System.exit(runFaults(List.of(args).subList(1, args.length), out));
            }
            BenchOptions options = BenchOptions.parse(List.of(args).subList(Math.min(1, args.length), args.length));
            switch (command) {
                case "run" -> runBenchmark(options, out);
                case "import" -> {
                    Suite suite = runningSuite();
                    out.println(new String(GatewayClient.toJson(new ImportBench(options, suite, gatewayOf(suite), out).run()), StandardCharsets.UTF_8));
                }
                case "demo" -> {
                    Suite suite = runningSuite();
                    new Demo(options, gatewayOf(suite), suite.gatewayUri(), out).run();
                }
                case "generate" -> out.println(generated(options));
                default -> throw new IllegalArgumentException("Unknown command " + command + " (run, import, demo, generate)");
            }
        } catch (IOException e) {
            System.err.println("Error: " + e.getMessage());
            System.exit(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            System.exit(1);
        } catch (IllegalArgumentException | IllegalStateException e) {
            System.err.println("Error: " + e.getMessage());
            System.exit(1);
        }
    }

    private static void runBenchmark(BenchOptions options, PrintStream out) {
        Suite suite = runningSuite();
        Map<String, Object> report = new BenchRun(options, suite, gatewayOf(suite), out).run();
        Path folder = suite.settings().projectRoot().resolve(".run/bench-reports/" + LocalDateTime.now()
                .format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        String markdown = new BenchReport(report).writeTo(folder);
        out.println();
        out.println(markdown);
        out.println("Report: " + folder.resolve("report.md") + " and " + folder.resolve("report.json"));
    }

    /**
     * {@code ./suite faults [--full] [--cases a,b] [--fuzz N]}: the fault suite (short form unless {@code --full});
     * exit status 1 when a case failed.
     */
    private static int runFaults(List<String> args, PrintStream out) {
        boolean full = args.contains("--full");
        List<String> chosen = valueOf(args, "--cases").map(value -> List.of(value.split(","))).orElse(List.of());
        int fuzz = valueOf(args, "--fuzz").map(Integer::parseInt).orElse(full ? 10_000 : 300);
        Suite suite = runningSuite();
        FaultSuite faults = new FaultSuite(suite, gatewayOf(suite), out, full, 20220601L);
        List<FaultCase> cases = FaultSuite.allCases().stream()
                .filter(fault -> chosen.isEmpty() || chosen.contains(fault.name())).toList();
        List<FaultSuite.CaseResult> results = new ArrayList<>(faults.run(cases));
        if (chosen.isEmpty() || chosen.contains("fuzzed-payloads")) {
            out.println("Case fuzzed-payloads: " + fuzz + " bad payloads on every write endpoint");
            FaultSuite.CaseResult fuzzed = faults.fuzz(fuzz);
            fuzzed.checks().forEach(check -> out.printf("    [%s] %s — %s%n", check.held() ? "ok" : "FAIL", check.what(), check.seen()));
            results.add(fuzzed);
        }
        FaultReport report = new FaultReport(Machine.describe(), full, results);
        Path folder = suite.settings().projectRoot().resolve(".run/fault-reports/" + LocalDateTime.now()
                .format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        out.println();
        out.println(report.writeTo(folder));
        out.println("Report: " + folder.resolve("report.md"));
        return report.passed() ? 0 : 1;
    }

    private static java.util.Optional<String> valueOf(List<String> args, String option) {
        int at = args.indexOf(option);
        return at >= 0 && at + 1 < args.size() ? java.util.Optional.of(args.get(at + 1)) : java.util.Optional.empty();
    }

    private static Suite runningSuite() {
        Path root = LauncherSettings.findProjectRoot(Path.of(System.getProperty("suite.root", ".")));
        Suite suite = new Suite(LauncherSettings.fromEnvironment(root), new PrintStream(System.out, true, StandardCharsets.UTF_8));
        if (!suite.runningProcesses().containsKey(SuiteService.GATEWAY.module())) {
            throw new IllegalStateException("The suite is not running here: start it with ./suite up");
        }
        return suite;
    }

    private static GatewayClient gatewayOf(Suite suite) {
        DevKeys keys = suite.devKeys();
        Map<String, String> byRole = new LinkedHashMap<>();
        DevKeys.ROLES.forEach(role -> byRole.put(role, keys.token(role)));
        return new GatewayClient(suite.gatewayUri(), byRole);
    }

    private static String generated(BenchOptions options) {
        Province province = ProvinceGenerator.generate(options.namespace(), ProvinceShape.of(options.scale()), options.seed());
        PortalStream stream = new PortalStream(province, options.seed(), options.from(), options.to());
        long started = System.nanoTime();
        while (stream.hasNext()) {
            stream.next();
        }
        Expected expected = stream.expected();
        return String.format("Scale %s, seed %d, %s: %d units, %d services (%d level 3/4); in %.1f s: %,d dossier events, "
                        + "%,d payments, %,d report submissions, %,d unit totals; %,d dossiers received (%,d online), %,d "
                        + "resolved (%,d late), %,d successful online payments, %s VND",
                options.scale(), options.seed(), options.year(), province.units().size(), province.services().size(),
                province.services().stream().filter(s -> s.online()).count(), (System.nanoTime() - started) / 1e9,
                expected.items(Expected.Kind.DOSSIER_EVENT), expected.items(Expected.Kind.PAYMENT),
                expected.items(Expected.Kind.REPORT_SUBMISSION), expected.items(Expected.Kind.DOSSIER_TOTAL),
                expected.received(), expected.receivedOnline(), expected.resolved(), expected.resolvedLate(),
                expected.payments(), expected.paymentAmount());
    }
}
