package vn.dvc.bench.faults;

import java.time.Duration;
import java.util.List;
import vn.dvc.contracts.fault.FaultPoint;
import vn.dvc.launcher.SuiteService;

/** The cases that crash a service at a chosen point of its work, with the fault points the services carry. */
final class FaultPointCases {

    private FaultPointCases() {
    }

    static List<FaultCase> all() {
        return List.of(new KilledAt("relay-killed-after-ack", SuiteService.DOSSIER, FaultPoint.OUTBOX_AFTER_SEND,
                        "dossier-service's outbox relay is killed after Kafka acknowledged a round, before marking it published"),
                new KilledAt("consumer-killed-after-commit", SuiteService.KPI, FaultPoint.CONSUMER_AFTER_COMMIT,
                        "kpi-service is killed after a poll's database commit, before its offsets are committed"),
                new KilledAt("consumer-killed-before-commit", SuiteService.KPI, FaultPoint.CONSUMER_BEFORE_COMMIT,
                        "kpi-service is killed mid-batch, its transaction applied but not committed"));
    }

    /** Each round: the service restarted with the point armed, killed (kill -9) once a thread waits there, started clean again. */
    record KilledAt(String name, SuiteService service, String point, String fault) implements FaultCase {

        /** Each round restarts the service twice (20–30 s here): the stream must outlast three rounds. */
        public Duration load(boolean full) {
            return Duration.ofSeconds(full ? 240 : 150);
        }

        public void inject(Injector injector, int round, boolean full) {
            // The second pass, not the first: the point is reached with work of the new process behind it, too.
            injector.armFaultPoint(service, point, 2);
            if (!injector.awaitFaultPoint(service, Duration.ofSeconds(60))) {
                throw new IllegalStateException(service.module() + " never reached " + point);
            }
            injector.restartMissing();
        }
    }
}
