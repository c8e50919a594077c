package vn.dvc.reporting.service;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.jboss.logging.Logger;
import vn.dvc.problem.Causes;
import vn.dvc.reporting.config.BulletinConfig;
import vn.dvc.reporting.rules.BulletinSchedule;

/**
 * Makes the scheduled bulletin: checked every minute and at start-up, so a slot missed while the service was down
 * (or while a peer did not answer) is made at the next chance, once. Two instances racing for one slot: the unique
 * slot column keeps one bulletin.
 */
@ApplicationScoped
public class BulletinScheduler {

    private static final Logger LOG = Logger.getLogger(BulletinScheduler.class);

    private final Bulletins bulletins;
    private final BulletinConfig config;
    private final BulletinSchedule schedule;
    private final Clock clock;

    public BulletinScheduler(Bulletins bulletins, BulletinConfig config, Clock clock) {
        this.bulletins = bulletins;
        this.config = config;
        this.schedule = new BulletinSchedule(config.firstDay(), config.at(), config.everyDays());
        this.clock = clock;
    }

    public BulletinSchedule schedule() {
        return schedule;
    }

    void atStart(@Observes StartupEvent started) {
        makeDue();
    }

    @Scheduled(every = "1m", delayed = "30s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void everyMinute() {
        makeDue();
    }

    /** Makes the bulletin of the latest slot if it has none yet; answers whether one was made. */
    public boolean makeDue() {
        if (!config.scheduled()) {
            return false;
        }
        Instant now = clock.instant();
        try {
            Optional<Instant> slot = schedule.due(now, bulletins.lastScheduledSlot());
            if (slot.isEmpty()) {
                return false;
            }
            bulletins.make(slot, Optional.empty());
            LOG.infof("Bulletin for %s made", slot.get());
            return true;
        } catch (RuntimeException failure) {
            if (Causes.isDuplicateKey(failure)) {
                return false;
            }
            LOG.warnf("The scheduled bulletin was not made (next try in a minute): %s", failure.getMessage());
            return false;
        }
    }
}
