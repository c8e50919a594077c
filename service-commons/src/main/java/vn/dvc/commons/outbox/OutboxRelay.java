package vn.dvc.commons.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.jboss.logging.Logger;
import vn.dvc.commons.concurrent.WorkSignal;
import vn.dvc.commons.fault.FaultPoints;
import vn.dvc.commons.jdbc.Jdbc;
import vn.dvc.commons.jdbc.Row;
import vn.dvc.commons.metrics.ConsumerMeters;
import vn.dvc.commons.tracing.TraceContexts;
import vn.dvc.contracts.fault.FaultPoint;

/**
 * The polling publisher of the transactional outbox: reads pending records in id order, sends them, waits for the
 * broker's acknowledgement, then marks them published. A crash between the acknowledgement and the mark sends the
 * round again (at-least-once): consumers dedupe by event id. One thread per instance, and of a service's instances
 * only the one holding the {@link OutboxLease} publishes; a commit that appended records wakes it at once, and it
 * polls every {@code outbox.poll-interval} besides (records another instance wrote, the lease of one that stopped).
 * Published records are kept for {@code outbox.retention}, then purged ({@link vn.dvc.commons.retention.CommonRetentionRules}).
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final Jdbc jdbc;
    private final KafkaPublisher publisher;
    private final Outbox outbox;
    private final OutboxConfig config;
    private final FaultPoints faults;
    private final TraceContexts traces;
    private final OutboxLease lease;
    private final OutboxPositions positions;
    private final Event<OutboxPublished> published;
    private final WorkSignal work = new WorkSignal();
    private volatile boolean running;
    private volatile boolean brokerDown;
    private Thread worker;

    public OutboxRelay(Jdbc jdbc, KafkaPublisher publisher, Outbox outbox, OutboxConfig config, FaultPoints faults,
                       TraceContexts traces, OutboxLease lease, OutboxPositions positions, Event<OutboxPublished> published) {
        this.positions = positions;
        this.published = published;
        this.lease = lease;
        this.faults = faults;
        this.traces = traces;
        this.jdbc = jdbc;
        this.publisher = publisher;
        this.outbox = outbox;
        this.config = config;
    }

    void start(@Observes StartupEvent started) {
        if (!config.enabled()) {
            return;
        }
        running = true;
        worker = new Thread(this::relayUntilStopped, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    /** Lets the round in flight finish, so a graceful stop leaves nothing half-marked. */
    void stop(@Observes ShutdownEvent stopping) throws InterruptedException {
        running = false;
        wakeUp();
        if (worker != null) {
            worker.join(config.sendTimeout().toMillis());
        }
        lease.close();
    }

    void onAppended(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxAppended appended) {
        wakeUp();
    }

    private void wakeUp() {
        work.signal();
    }

    private void relayUntilStopped() {
        while (running) {
            boolean published = relayPending();
            if (!work.await(published ? config.pollInterval() : config.retryInterval())) {
                running = false;
            }
        }
    }

    /**
     * Publishes until the outbox is empty, when this instance holds the lease; answers false when the broker refused a
     * round.
     */
    public boolean relayPending() {
        if (!lease.held()) {
            return true;
        }
        try {
            int sent;
            do {
                sent = relayOneRound();
            } while (sent == config.batchSize() && running);
            if (brokerDown) {
                LOG.info("Outbox relay: the broker takes records again");
                brokerDown = false;
            }
            return true;
        } catch (RuntimeException e) {
            if (!brokerDown) {
                LOG.warnf("Outbox relay paused, records stay pending: %s", e.getMessage());
                brokerDown = true;
            }
            return false;
        }
    }

    /** Answers the number of records published in this round. */
    public int relayOneRound() {
        List<Row> rows = QuarkusTransaction.requiringNew().call(() -> pendingRows(config.batchSize()));
        if (rows.isEmpty()) {
            return 0;
        }
        List<OutboxMessage> messages = new ArrayList<>(rows.size());
        List<TraceContexts.Publishing> publishing = new ArrayList<>(rows.size());
        List<Long> ids = new ArrayList<>(rows.size());
        for (Row row : rows) {
            ids.add(row.longValue("id"));
            Map<String, String> headers = new HashMap<>(outbox.headersOf(row.string("headers")));
            headers.put(ConsumerMeters.APPENDED_AT, Long.toString(row.instant("created_at").toEpochMilli()));
            TraceContexts.Publishing traced = traces.publishing(row.string("topic"), headers);
            publishing.add(traced);
            messages.add(new OutboxMessage(row.string("topic"), row.string("record_key"), row.string("payload"),
                    traced.headers()));
        }
        List<RecordMetadata> landed;
        try {
            landed = publisher.publishAll(messages, config.sendTimeout());
        } catch (RuntimeException refused) {
            publishing.forEach(traced -> traced.end(refused));
            throw refused;
        }
        publishing.forEach(traced -> traced.end(null));
        faults.pass(FaultPoint.OUTBOX_AFTER_SEND);
        QuarkusTransaction.requiringNew().run(() -> {
            markPublished(ids);
            positions.advance(landed);
        });
        published.fire(new OutboxPublished(ids.get(ids.size() - 1)));
        return rows.size();
    }

    private List<Row> pendingRows(int limit) {
        return jdbc.rows("SELECT id, topic, record_key, payload, headers, created_at FROM outbox_record "
                + "WHERE published_at IS NULL ORDER BY id LIMIT " + limit, List.of());
    }

    private void markPublished(List<Long> ids) {
        List<Object> parameters = new ArrayList<>();
        parameters.add(Timestamp.from(Instant.now()));
        parameters.addAll(ids);
        jdbc.update("UPDATE outbox_record SET published_at = ? WHERE id IN (" + Jdbc.placeholders(ids.size()) + ")",
                parameters);
    }

    /** False from a round the broker refused until one it takes. */
    public boolean brokerTakesRecords() {
        return !brokerDown;
    }

    /** Number of records not yet published: 0 once the outbox is drained. */
    public long pendingCount() {
        return QuarkusTransaction.requiringNew().call(() -> jdbc
                .one("SELECT COUNT(*) AS pending FROM outbox_record WHERE published_at IS NULL", List.of()).longValue("pending"));
    }
}
