package vn.dvc.commons.retention;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.jboss.logging.Logger;
import vn.dvc.commons.jdbc.Jdbc;

/**
 * Purges what each table has kept long enough ({@link RetentionRules}), every {@code retention.every}, a chunk per
 * transaction so that no purge holds a table's writers; counted by {@code dvc_retention_purged_rows_total{table}}.
 */
@ApplicationScoped
public class Retention {

    private static final Logger LOG = Logger.getLogger(Retention.class);
    static final int CHUNK = 5_000;

    private final RetentionRules rules;
    private final Jdbc jdbc;
    private final MeterRegistry registry;

    public Retention(RetentionRules rules, Jdbc jdbc, MeterRegistry registry) {
        this.rules = rules;
        this.jdbc = jdbc;
        this.registry = registry;
    }

    @Scheduled(every = "${retention.every:1h}", delayed = "${retention.delayed:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgeAll() {
        Instant now = Instant.now();
        rules.rules().forEach(rule -> purge(rule, now));
    }

    /** Deletes the rule's rows older than {@code now} less what it keeps; answers how many went. */
    public long purge(RetentionRule rule, Instant now) {
        Timestamp cutoff = Timestamp.from(now.minus(rule.keep()));
        long purged = 0;
        int chunk;
        do {
            chunk = QuarkusTransaction.requiringNew().call(() -> jdbc.update(rule.deleteSql(CHUNK), List.of(cutoff)));
            purged += chunk;
        } while (chunk == CHUNK);
        if (purged > 0) {
            registry.counter("dvc_retention_purged_rows_total", "table", rule.table()).increment(purged);
            LOG.infof("Retention: purged %d rows of %s kept since before %s", purged, rule.table(), cutoff.toInstant());
        }
        return purged;
    }
}
