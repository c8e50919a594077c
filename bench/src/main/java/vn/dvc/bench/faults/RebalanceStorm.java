package vn.dvc.bench.faults;

import java.time.Duration;
import java.time.Instant;
import vn.dvc.launcher.SuiteService;

/**
 * Fault 8: a second kpi-service instance (same database, same consumer groups) started and stopped every 10 s, for
 * 3 minutes (40 s in the short form): every start and stop moves partitions between the two, and each move may
 * hand records that were applied but not yet committed to the other instance.
 */
final class RebalanceStorm implements FaultCase {

    private static final Duration EVERY = Duration.ofSeconds(10);

    public String name() {
        return "rebalance-storm";
    }

    public String fault() {
        return "a second kpi-service instance started and stopped every 10 s for 3 minutes (20 s in the short form)";
    }

    public Duration load(boolean full) {
        return Duration.ofSeconds(full ? 620 : 25);
    }

    public void inject(Injector injector, int round, boolean full) {
        Duration storm = Duration.ofSeconds(full ? 180 : 20);
        Instant end = Instant.now().plus(storm);
        int moves = 0;
        while (Instant.now().isBefore(end)) {
            injector.suite().startSecondInstance(SuiteService.KPI);
            injector.sleep(EVERY);
            injector.suite().stopSecondInstance(SuiteService.KPI);
            moves += 2;
            injector.sleep(EVERY);
        }
        injector.say("round " + round + ": " + moves + " starts and stops of the second kpi-service");
    }

    @Override
    public void heal(Injector injector) {
        injector.suite().stopSecondInstance(SuiteService.KPI);
        injector.restartMissing();
    }
}
