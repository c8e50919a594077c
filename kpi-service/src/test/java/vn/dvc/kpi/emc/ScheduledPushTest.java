package vn.dvc.kpi.emc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.dvc.commons.jdbc.Jdbc;
import vn.dvc.contracts.catalog.Tier;
import vn.dvc.contracts.catalog.UnitChanged;
import vn.dvc.rules.time.PortalTime;

/**
 * The daily slot against a real receiver: two rounds racing for the same slot queue it once — one marker, one delivery
 * per unit — and every delivery is accepted once.
 */
@QuarkusTest
@TestProfile(ScheduledPushTest.WithAReceiver.class)
class ScheduledPushTest {

    /** A receiver answering 200 to everything, counting attempts per Idempotency-Key. */
    static final Map<String, AtomicInteger> RECEIVED = new ConcurrentHashMap<>();
    static final HttpServer RECEIVER = receiver();
    /** A slot of this run's own: a minute ago, local time, so a database kept from an earlier run has none of it. */
    static final LocalTime AT = LocalTime.now(PortalTime.LOCAL_ZONE).minusMinutes(1).truncatedTo(ChronoUnit.SECONDS);

    public static class WithAReceiver implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("kpi.emc-push.url", "http://127.0.0.1:" + RECEIVER.getAddress().getPort() + "/emc",
                    "kpi.emc-push.scheduled", "true", "kpi.emc-push.at", AT.toString(), "kpi.emc-push.poll-every", "1s",
                    // the test databases are the end-to-end run's too: a push it left queued is sent first, so take many a round
                    "kpi.emc-push.batch", "1000");
        }
    }

    private static HttpServer receiver() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/emc", exchange -> {
                exchange.getRequestBody().readAllBytes();
                RECEIVED.computeIfAbsent(exchange.getRequestHeaders().getFirst("Idempotency-Key"), key -> new AtomicInteger())
                        .incrementAndGet();
                exchange.sendResponseHeaders(200, -1);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Inject
    EmcPusher pusher;
    @Inject
    EmcPushSettings settings;
    @Inject
    Jdbc jdbc;

    @Inject
    ObjectMapper json;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    /** A unit of this run's own, through catalog-events as the real tree arrives, so the slot has something to push. */
    private void publishAUnit() throws Exception {
        String code = "EMC-" + UUID.randomUUID().toString().substring(0, 8);
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(properties, new StringSerializer(), new StringSerializer())) {
            UnitChanged unit = new UnitChanged(UUID.randomUUID().toString(), Instant.now(), code, "Tỉnh " + code, Tier.PROVINCE, null, null);
            producer.send(new ProducerRecord<>("catalog-events", unit.key(), json.writeValueAsString(unit))).get();
        }
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() ->
                !jdbc.rows("SELECT code FROM unit_copy WHERE code = ?", List.of(code)).isEmpty());
    }

    private long count(String sql, Instant slot) {
        return jdbc.one(sql, List.of(Timestamp.from(slot))).longValue("count(*)");
    }

    @Test
    void twoRoundsRacingForASlotQueueItOnceAndEachDeliveryIsAcceptedOnce() throws Exception {
        publishAUnit();
        Instant slot = settings.schedule().latestSlot(Instant.now());
        long units = jdbc.one("SELECT COUNT(*) AS units FROM unit_copy", List.of()).longValue("units");

        CompletableFuture.allOf(CompletableFuture.runAsync(pusher::queueTheDailySlot),
                CompletableFuture.runAsync(pusher::queueTheDailySlot)).join();

        assertThat(units).isPositive();
        assertThat(count("SELECT COUNT(*) FROM kpi_emc_slot WHERE slot = ?", slot)).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM kpi_emc_push WHERE slot = ?", slot)).as("one per unit, month to date")
                .isEqualTo(units);
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() ->
                count("SELECT COUNT(*) FROM kpi_emc_push WHERE slot = ? AND status = 'DELIVERED'", slot) == units);
        List<String> keys = jdbc.rows("SELECT idempotency_key FROM kpi_emc_push WHERE slot = ?", List.of(Timestamp.from(slot)))
                .stream().map(row -> row.string("idempotency_key")).toList();
        assertThat(keys).allSatisfy(key -> assertThat(RECEIVED.get(key)).as(key).hasValue(1));
    }
}
