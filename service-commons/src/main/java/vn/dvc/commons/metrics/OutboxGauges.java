package vn.dvc.commons.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;
import vn.dvc.commons.jdbc.Jdbc;
import vn.dvc.commons.jdbc.Row;
import vn.dvc.commons.outbox.OutboxRelay;

/**
 * {@code dvc_outbox_backlog_records} and {@code dvc_outbox_oldest_age_seconds}: what the relay has still to publish
 * and how long the oldest of it has waited; {@code dvc_outbox_broker_up}: whether the broker takes its records — read every 5 seconds (one indexed query), so a scrape never touches the
 * database. Last values kept while the database does not answer.
 */
@ApplicationScoped
public class OutboxGauges {

    private static final Logger LOG = Logger.getLogger(OutboxGauges.class);

    private final Jdbc jdbc;
    private final AtomicLong backlog = new AtomicLong();
    private final AtomicLong oldestAgeSeconds = new AtomicLong();

    public OutboxGauges(Jdbc jdbc, MeterRegistry registry, OutboxRelay relay) {
        this.jdbc = jdbc;
        Gauge.builder("dvc.outbox.broker.up", relay, taking -> taking.brokerTakesRecords() ? 1 : 0)
                .description("1 while the broker takes the relay's records, 0 from a refused round until one is taken")
                .register(registry);
        Gauge.builder("dvc.outbox.backlog", backlog, AtomicLong::get).baseUnit("records")
                .description("Outbox records not yet published").register(registry);
        Gauge.builder("dvc.outbox.oldest.age", oldestAgeSeconds, AtomicLong::get).baseUnit("seconds")
                .description("Age of the oldest outbox record not yet published (0 when none)").register(registry);
    }

    void start(@Observes StartupEvent started) {
        measure();
    }

    @Scheduled(every = "5s", delayed = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void measure() {
        try {
            Row row = QuarkusTransaction.requiringNew().call(() -> jdbc.one("SELECT COUNT(*) AS pending, "
                    + "MIN(created_at) AS oldest FROM outbox_record WHERE published_at IS NULL", List.of()));
            backlog.set(row.longValue("pending"));
            Instant oldest = row.instant("oldest");
            oldestAgeSeconds.set(oldest == null ? 0 : Math.max(0, Duration.between(oldest, Instant.now()).toSeconds()));
        } catch (RuntimeException e) {
            LOG.debugf("Outbox gauges not refreshed: %s", e.getMessage());
        }
    }
}
