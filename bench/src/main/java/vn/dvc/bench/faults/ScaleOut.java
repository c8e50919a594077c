package vn.dvc.bench.faults;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.dvc.contracts.Topic;
import vn.dvc.launcher.SuiteService;

/**
 * Two instances of every back service for the whole case, the gateway sending to both in turn; at each round one
 * instance of each is killed mid-load ({@code kill -9}: the first instances in rounds 1 and 3, the second ones in
 * round 2) and started again once the other has carried the load alone for a while. Besides the oracle: every outbox
 * item on the topics once in normal running (before the first kill), the copies sent again around the kills and the
 * repeats kpi-service's inbox absorbed, counted.
 */
final class ScaleOut implements FaultCase {

    private static final Duration ALONE = Duration.ofSeconds(10);
    private static final Duration START = Duration.ofMinutes(3);
    private static final List<String> OUTBOX_TOPICS = List.of(Topic.DOSSIER_EVENTS.name(), Topic.DOSSIER_EVENTS_LIVE.name(),
            Topic.PAYMENT_EVENTS.name(), Topic.REPORT_EVENTS.name());

    private Instant firstKill;
    private long repeatsOfKilledInstances;

    public String name() {
        return "scale-out";
    }

    public String fault() {
        return "two instances of each back service; one instance of each killed (kill -9) mid-load in every round and "
                + "started again after 10 s alone";
    }

    public Duration load(boolean full) {
        return Duration.ofSeconds(full ? 600 : 360);
    }

    @Override
    public void prepare(Injector injector) {
        firstKill = null;
        repeatsOfKilledInstances = 0;
        injector.startSecondInstances(SuiteService.backServices(), START);
        injector.say("second instances of " + SuiteService.backServices().size() + " back services ready");
    }

    public void inject(Injector injector, int round, boolean full) {
        boolean seconds = round == 2;
        if (firstKill == null) {
            firstKill = Instant.now();
        }
        repeatsOfKilledInstances += repeatsAt(injector, seconds ? secondKpiPort(injector) : firstKpiPort(injector));
        for (SuiteService service : SuiteService.backServices()) {
            if (seconds) {
                injector.killSecondInstance(service);
            } else {
                injector.kill(service.module());
            }
        }
        injector.sleep(ALONE);
        if (seconds) {
            injector.startSecondInstances(SuiteService.backServices(), START);
        } else {
            injector.restartMissing();
        }
        injector.say("round " + round + ": the " + (seconds ? "second" : "first") + " instances killed, alone for "
                + ALONE.toSeconds() + " s, started again");
    }

    /** The first instances carry the drain alone; the second ones stop gracefully, their repeats read first. */
    @Override
    public void heal(Injector injector) {
        injector.restartMissing();
        repeatsOfKilledInstances += repeatsAt(injector, secondKpiPort(injector));
        for (SuiteService service : SuiteService.backServices()) {
            injector.suite().stopSecondInstance(service);
        }
    }

    @Override
    public List<Check> verify(Injector injector, CaseRun run) {
        List<Check> checks = new ArrayList<>();
        PublishedRecords.Tally published = PublishedRecords.of(injector.suite().settings().kafka().toString(),
                OUTBOX_TOPICS, run.namespace(), firstKill == null ? Instant.now() : firstKill);
        checks.add(Check.of("the outboxes published each item once in normal running", published.repeatedInNormal() == 0
                && published.items() > 0, String.format("%d records of %d items: %d copies sent again before the first "
                + "kill, %d around the kills (absorbed by the inboxes)", published.records(), published.items(),
                published.repeatedInNormal(), published.repeatedAfter())));
        long repeats = repeatsOfKilledInstances + repeatsAt(injector, firstKpiPort(injector));
        checks.add(Check.of("the repeats kpi-service's inboxes absorbed, counted", true, repeats
                + " events delivered again and not applied again (dvc_consumer_repeated_events_total of every instance)"));
        return checks;
    }

    private static int firstKpiPort(Injector injector) {
        return injector.suite().settings().portOf(SuiteService.KPI);
    }

    private static int secondKpiPort(Injector injector) {
        return injector.suite().settings().secondPortOf(SuiteService.KPI);
    }

    /** The instance's count of repeats since it started (0 when it does not answer). */
    private static long repeatsAt(Injector injector, int port) {
        return Math.round(injector.metrics(port).lines().filter(line -> line.startsWith("dvc_consumer_repeated_events_total{"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum());
    }
}
