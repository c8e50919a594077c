package vn.dvc.bench.faults;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import vn.dvc.launcher.SuiteService;

/** The cases that act on whole processes: crash, hang, stay down, stop gracefully. */
final class ProcessCases {

    private ProcessCases() {
    }

    static List<FaultCase> all() {
        return List.of(new GatewayKilled(), new BrokerKilled(), new BrokerPaused(), new BrokerDown(), new DatabaseKilled(),
                new DatabasePaused(), new GracefulStops());
    }

    /** Fault 1: the gateway dies mid-request; the portal sends the same batches again. */
    static final class GatewayKilled implements FaultCase {
        public String name() {
            return "gateway-killed";
        }

        public String fault() {
            return "kill -9 the gateway mid-request, restart it after 2 s; the client retries the same ids";
        }

        public Duration load(boolean full) {
            return Duration.ofSeconds(full ? 90 : 25);
        }

        public void inject(Injector injector, int round, boolean full) {
            injector.kill("gateway");
            injector.sleep(Duration.ofSeconds(2));
            injector.restartMissing();
        }
    }

    /** Fault 5a: the broker dies; the outboxes hold what was accepted meanwhile. */
    static final class BrokerKilled implements FaultCase {
        public String name() {
            return "broker-killed";
        }

        public String fault() {
            return "kill -9 the Kafka broker, restart it after 10 s";
        }

        public Duration load(boolean full) {
            return Duration.ofSeconds(full ? 120 : 45);
        }

        public void inject(Injector injector, int round, boolean full) {
            injector.kill(Injector.BROKER);
            injector.sleep(Duration.ofSeconds(10));
            injector.restartMissing();
        }
    }

    /** Fault 5b: the broker hangs (SIGSTOP) for 60 s. */
    static final class BrokerPaused implements FaultCase {
        public String name() {
            return "broker-paused";
        }

        public String fault() {
            return "SIGSTOP the Kafka broker for 60 s (10 s in the short form), then SIGCONT";
        }

        public Duration load(boolean full) {
            return Duration.ofSeconds(full ? 240 : 25);
        }

        public void inject(Injector injector, int round, boolean full) {
            injector.pause(Injector.BROKER, Duration.ofSeconds(full ? 60 : 10));
        }
    }

    /** Fault 5c: the broker is down for 5 minutes — longer than a producer's delivery timeout. */
    static final class BrokerDown implements FaultCase {
        public String name() {
            return "broker-down";
        }

        public String fault() {
            return "stop the Kafka broker for 5 minutes (20 s in the short form), then start it";
        }

        public Duration load(boolean full) {
            return Duration.ofSeconds(full ? 960 : 25);
        }

        public void inject(Injector injector, int round, boolean full) {
            injector.kill(Injector.BROKER);
            injector.sleep(Duration.ofSeconds(full ? 300 : 20));
            injector.restartMissing();
        }
    }

    /** Fault 6a: the database dies and comes back. */
    static final class DatabaseKilled implements FaultCase {
        public String name() {
            return "database-killed";
        }

        public String fault() {
            return "kill -9 MariaDB, restart it after 5 s";
        }

        public Duration load(boolean full) {
            return Duration.ofSeconds(full ? 120 : 45);
        }

        public void inject(Injector injector, int round, boolean full) {
            injector.kill(Injector.DATABASE);
            injector.sleep(Duration.ofSeconds(5));
            injector.restartMissing();
        }
    }

    /**
     * Fault 6b: the database hangs for 30 s. Waits must stay bounded: the intake answers 503 with Retry-After while it
     * cannot store, and nothing is left hanging when the database comes back.
     */
    static final class DatabasePaused implements FaultCase {
        public String name() {
            return "database-paused";
        }

        public String fault() {
            return "SIGSTOP MariaDB for 30 s (20 s in the short form: longer than a statement may wait), then SIGCONT";
        }

        public Duration load(boolean full) {
            return Duration.ofSeconds(full ? 150 : 25);
        }

        public void inject(Injector injector, int round, boolean full) {
            injector.pause(Injector.DATABASE, Duration.ofSeconds(full ? 30 : 20));
        }

        @Override
        public List<Check> verify(Injector injector, CaseRun run) {
            long unavailable = run.ingest().transientAnswers().getOrDefault(503, 0L);
            long withRetryAfter = run.ingest().transientWithRetryAfter();
            double slowest = run.ingest().slowestRetriedNanos() / 1e9;
            List<Check> checks = new ArrayList<>();
            checks.add(Check.of("while the database hangs the gateway answers 503 with Retry-After", unavailable > 0
                    && withRetryAfter >= unavailable, unavailable + " answers 503, " + withRetryAfter + " with Retry-After; "
                    + "retried answers " + run.ingest().transientAnswers()));
            checks.add(Check.of("no request waits unbounded (≤ 35 s)", slowest <= 35,
                    String.format("the slowest answer took %.1f s", slowest)));
            return checks;
        }
    }

    /** Fault 10: each service stopped gracefully (SIGTERM) under load, and started again. */
    static final class GracefulStops implements FaultCase {
        private static final List<List<SuiteService>> ROUNDS = List.of(
                List.of(SuiteService.DOSSIER, SuiteService.GATEWAY),
                List.of(SuiteService.KPI, SuiteService.PAYMENT),
                List.of(SuiteService.REPORTING));

        public String name() {
            return "graceful-stop";
        }

        public String fault() {
            return "SIGTERM each service under load (dossier and gateway, then kpi and payment, then reporting), "
                    + "start it again";
        }

        public Duration load(boolean full) {
            return Duration.ofSeconds(full ? 120 : 25);
        }

        public void inject(Injector injector, int round, boolean full) {
            for (SuiteService service : ROUNDS.get(round - 1)) {
                injector.stopGracefully(service);
            }
            injector.restartMissing();
        }
    }
}
