package vn.dvc.reporting.service;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.LocalDate;
import org.jboss.logging.Logger;
import vn.dvc.rules.time.PortalTime;

/**
 * Period instances begin as the calendar turns: every form's obligations are brought up to date at start-up, every
 * hour (so a new day, month or quarter is owed within the hour) and after the unit tree changed.
 */
@ApplicationScoped
public class ObligationCalendar {

    private static final Logger LOG = Logger.getLogger(ObligationCalendar.class);

    private final Obligations obligations;
    private final Clock clock;

    public ObligationCalendar(Obligations obligations, Clock clock) {
        this.obligations = obligations;
        this.clock = clock;
    }

    void atStart(@Observes StartupEvent started) {
        try {
            bringUpToDate();
        } catch (RuntimeException databaseNotReady) {
            LOG.warnf("Obligations not brought up to date at start-up (the hourly run will): %s", databaseNotReady.getMessage());
        }
    }

    @Scheduled(every = "${reporting.obligations.refresh-every:1h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void bringUpToDate() {
        obligations.materializeAll(LocalDate.now(clock.withZone(PortalTime.LOCAL_ZONE)));
    }
}
