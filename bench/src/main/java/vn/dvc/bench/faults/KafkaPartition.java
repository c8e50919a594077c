package vn.dvc.bench.faults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.dvc.launcher.SuiteService;

/**
 * Fault 7: kpi-service cut off from the broker for 2 minutes (15 s in the short form) by a firewall rule on loopback
 * — its process moved into a cgroup of its own, and {@code iptables} dropping that cgroup's packets to the broker's
 * port. Its readiness must go down while it cannot reach the broker and come back after; nothing may be lost.
 */
final class KafkaPartition implements FaultCase {

    private static final String USER = "dvcfault";
    private static final Path TMP = Path.of("/tmp/dvcfault");

    private final List<Integer> readinessDuring = new ArrayList<>();
    private final List<Integer> readinessAfter = new ArrayList<>();

    public String name() {
        return "kafka-partition";
    }

    public String fault() {
        return "iptables on loopback drops kpi-service's packets to the broker for 2 minutes (15 s in the short form)";
    }

    public Duration load(boolean full) {
        return Duration.ofSeconds(full ? 420 : 25);
    }

    /** Whether this machine can do it: iptables (root), setpriv, and a user of the case's own (made if missing). */
    static String unsupportedReason() {
        if (!Injector.run(List.of("iptables", "-w", "-L", "OUTPUT", "-n")).ok()) {
            return "iptables is not installed or not usable here (as root: apt-get install iptables)";
        }
        if (!Injector.run(List.of("id", "-u", USER)).ok()
                && !Injector.run(List.of("useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", USER)).ok()) {
            return "cannot make the system user " + USER + " the partitioned service runs as";
        }
        return null;
    }

    public void inject(Injector injector, int round, boolean full) {
        if (round == 1) {
            runAsOwnUser(injector);
        }
        int brokerPort = injector.suite().settings().kafka().port();
        List<String> rule = List.of("OUTPUT", "-o", "lo", "-p", "tcp", "--dport", Integer.toString(brokerPort), "-m",
                "owner", "--uid-owner", USER, "-j", "DROP");
        require(Injector.run(concat(List.of("iptables", "-w", "-I"), rule)), "add the rule");
        injector.say("kpi-service cut off from the broker on port " + brokerPort);
        Instant end = Instant.now().plus(Duration.ofSeconds(full ? 120 : 15));
        try {
            while (Instant.now().isBefore(end)) {
                injector.sleep(Duration.ofSeconds(5));
                readinessDuring.add(injector.readiness(SuiteService.KPI));
            }
        } finally {
            require(Injector.run(concat(List.of("iptables", "-w", "-D"), rule)), "remove the rule");
            injector.say("partition healed");
        }
        Instant back = Instant.now().plus(Duration.ofSeconds(90));
        int status;
        do {
            injector.sleep(Duration.ofSeconds(1));
            status = injector.readiness(SuiteService.KPI);
        } while (status != 200 && Instant.now().isBefore(back));
        readinessAfter.add(status);
    }

    @Override
    public List<Check> verify(Injector injector, CaseRun run) {
        boolean wentDown = readinessDuring.stream().anyMatch(status -> status != 200);
        boolean cameBack = !readinessAfter.isEmpty() && readinessAfter.stream().allMatch(status -> status == 200);
        return List.of(Check.of("kpi-service's readiness went down while cut off from the broker", wentDown,
                        "readiness during the partitions: " + readinessDuring),
                Check.of("and came back after", cameBack, "readiness after each: " + readinessAfter));
    }

    /** kpi-service again, as the case's user, with a temporary folder it may write. */
    private static void runAsOwnUser(Injector injector) {
        try {
            Files.createDirectories(TMP);
            Injector.run(List.of("chown", USER + ":" + USER, TMP.toString()));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot make " + TMP + ": " + e.getMessage(), e);
        }
        injector.suite().stopService(SuiteService.KPI);
        injector.suite().startServiceAs(SuiteService.KPI, USER, Map.of("JAVA_TOOL_OPTIONS", "-Djava.io.tmpdir=" + TMP));
        injector.say("kpi-service restarted as user " + USER);
    }

    @Override
    public void heal(Injector injector) {
        Injector.run(List.of("iptables", "-w", "-D", "OUTPUT", "-o", "lo", "-p", "tcp", "--dport",
                Integer.toString(injector.suite().settings().kafka().port()), "-m", "owner", "--uid-owner", USER, "-j", "DROP"));
        injector.suite().stopService(SuiteService.KPI);
        injector.restartMissing();
    }

    private static void require(Injector.CommandResult result, String what) {
        if (!result.ok()) {
            throw new IllegalStateException("iptables could not " + what + ": " + result.output());
        }
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
