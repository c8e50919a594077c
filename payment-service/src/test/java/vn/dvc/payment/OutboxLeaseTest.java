package vn.dvc.payment;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.dvc.commons.fault.FaultPoints;
import vn.dvc.commons.jdbc.Jdbc;
import vn.dvc.commons.outbox.KafkaPublisher;
import vn.dvc.commons.outbox.Outbox;
import vn.dvc.commons.outbox.OutboxConfig;
import vn.dvc.commons.outbox.OutboxLease;
import vn.dvc.commons.outbox.OutboxPositions;
import vn.dvc.commons.outbox.OutboxPublished;
import vn.dvc.commons.outbox.OutboxRelay;
import vn.dvc.commons.testing.TopicReader;
import vn.dvc.commons.tracing.TraceContexts;

/**
 * Two instances' relays on one outbox (two leases on the real database, as two processes would hold them): only the
 * lease holder publishes, each record reaches the topic once, and when the holder's connection ends the other
 * instance takes over.
 */
@QuarkusTest
@TestProfile(OutboxLeaseTest.RelaysStartedByTheTest.class)
class OutboxLeaseTest {

    @Inject
    Jdbc jdbc;
    @Inject
    KafkaPublisher publisher;
    @Inject
    Outbox outbox;
    @Inject
    OutboxConfig config;
    @Inject
    FaultPoints faults;
    @Inject
    TraceContexts traces;
    @Inject
    OutboxPositions positions;
    @Inject
    Event<OutboxPublished> published;
    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;
    @ConfigProperty(name = "quarkus.datasource.username")
    String username;
    @ConfigProperty(name = "quarkus.datasource.password")
    String password;

    private final List<Connection> opened = new ArrayList<>();
    private final List<OutboxLease> leases = new ArrayList<>();

    public static class RelaysStartedByTheTest implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("outbox.enabled", "false");
        }
    }

    @AfterEach
    void releaseTheLeases() {
        leases.forEach(OutboxLease::close);
    }

    @Test
    void oneInstanceHoldsTheLeaseUntilItsConnectionEndsThenAnotherTakesIt() throws Exception {
        OutboxLease first = lease();
        OutboxLease second = lease();

        assertThat(first.held()).isTrue();
        assertThat(second.held()).isFalse();
        assertThat(first.held()).as("the holder keeps it").isTrue();

        opened.get(0).close(); // the holder's process died: the database ends its session and frees the lock
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(second::held);
        assertThat(first.held()).isFalse();

        second.close(); // a graceful stop gives it up
        assertThat(first.held()).isTrue();
    }

    @Test
    void onlyTheHolderPublishesEachRecordOnceAndTheOtherTakesOverAfterItDies() throws Exception {
        OutboxRelay holder = relay(lease());
        OutboxRelay standby = relay(lease());
        String before = "tx-" + UUID.randomUUID();
        String after = "tx-" + UUID.randomUUID();
        try (TopicReader topic = new TopicReader("payment-events")) {
            QuarkusTransaction.requiringNew().run(() -> outbox.append("payment-events", before, Map.of("transactionId", before)));
            assertThat(holder.relayPending()).isTrue();
            long pendingAfterTheHolder = holder.pendingCount();
            QuarkusTransaction.requiringNew().run(() -> outbox.append("payment-events", after, Map.of("transactionId", after)));

            assertThat(standby.relayPending()).isTrue();
            assertThat(standby.pendingCount()).as("the standby published nothing").isEqualTo(pendingAfterTheHolder + 1);

            opened.get(0).close(); // the holder dies before its next round
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> standby.relayPending() && standby.pendingCount() == 0);

            Awaitility.await().atMost(Duration.ofSeconds(20)).until(() ->
                    topic.records().stream().anyMatch(record -> after.equals(record.key())));
            assertThat(topic.records().stream().filter(record -> before.equals(record.key()))).hasSize(1);
            assertThat(topic.records().stream().filter(record -> after.equals(record.key()))).hasSize(1);
        }
    }

    private OutboxLease lease() {
        OutboxLease lease = new OutboxLease(() -> {
            Connection connection = DriverManager.getConnection(url, username, password);
            opened.add(connection);
            return connection;
        });
        leases.add(lease);
        return lease;
    }

    private OutboxRelay relay(OutboxLease lease) {
        return new OutboxRelay(jdbc, publisher, outbox, config, faults, traces, lease, positions, published);
    }
}
