package vn.dvc.kpi.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dvc.contracts.catalog.Tier;
import vn.dvc.contracts.catalog.UnitChanged;
import vn.dvc.contracts.dossier.Channel;
import vn.dvc.contracts.dossier.DossierStateChanged;
import vn.dvc.contracts.dossier.DossierStatus;

/**
 * A read sent with the positions of the records it must reflect: answered with them at once — even when figures of
 * the same scope were computed a moment before and would otherwise be served from memory — or, when the positions
 * are out of reach, a 503 naming the topic and how far behind.
 */
@QuarkusTest
class ReadAfterTokenTest {

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String unit = "RA-" + run;

    @Inject
    ObjectMapper json;
    @Inject
    MeterRegistry registry;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private KafkaProducer<String, String> producer;

    @BeforeEach
    void openProducer() {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        producer = new KafkaProducer<>(properties, new StringSerializer(), new StringSerializer());
    }

    @AfterEach
    void closeProducer() {
        producer.close();
    }

    private static String tokenOf(List<RecordMetadata> landed) {
        Map<String, Long> newest = new TreeMap<>();
        landed.forEach(record -> newest.merge(record.topic() + ":" + record.partition(), record.offset(), Math::max));
        List<String> entries = new ArrayList<>();
        newest.forEach((partition, offset) -> entries.add(partition + ":" + offset));
        return String.join(",", entries);
    }

    private Response share(String token) {
        return given().header("X-DVC-After", token).queryParam("unit", unit).queryParam("from", "2022-06-01")
                .queryParam("to", "2022-07-01").queryParam("indicator", "ONLINE_DOSSIER_SHARE").get("/api/v1/kpis");
    }

    @Test
    void aTokenIsAnsweredWithItsRecordsEvenWhenTheScopesFiguresWereJustKeptInMemory() throws Exception {
        UnitChanged created = new UnitChanged(UUID.randomUUID().toString(), Instant.now(), unit, "Tỉnh " + run, Tier.PROVINCE, null, null);
        String catalogue = tokenOf(List.of(producer.send(new ProducerRecord<>("catalog-events", created.key(),
                json.writeValueAsString(created))).get()));
        share(catalogue).then().statusCode(200).body("indicators[0].denominator", equalTo(0));

        List<Future<RecordMetadata>> sent = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            DossierStateChanged state = new DossierStateChanged("e" + i + "-" + run, Instant.now(), "d" + i + "-" + run, 1,
                    "p" + i, unit, "1.004227", i % 2 == 0 ? Channel.ONLINE : Channel.DIRECT, DossierStatus.RECEIVED,
                    Instant.parse("2022-06-10T01:30:00Z"), List.of("p" + i), Tier.PROVINCE, null, null, null, null, null,
                    new DossierStateChanged.Flags(false, false, false));
            sent.add(producer.send(new ProducerRecord<>(i < 150 ? "dossier-events" : "dossier-events-live", state.dossierId(),
                    json.writeValueAsString(state))));
        }
        List<RecordMetadata> landed = new ArrayList<>();
        for (Future<RecordMetadata> each : sent) {
            landed.add(each.get());
        }

        share(catalogue + "," + tokenOf(landed)).then().statusCode(200)
                .body("indicators[0].numerator", equalTo(100)).body("indicators[0].denominator", equalTo(200));
    }

    @Test
    void aWaitedTokenIsAnsweredFromFiguresComputedAfterTheWaitNeverFromMemory() throws Exception {
        UnitChanged created = new UnitChanged(UUID.randomUUID().toString(), Instant.now(), unit, "Tỉnh " + run, Tier.PROVINCE, null, null);
        String catalogue = tokenOf(List.of(producer.send(new ProducerRecord<>("catalog-events", created.key(),
                json.writeValueAsString(created))).get()));
        share(catalogue).then().statusCode(200);
        double computed = computedReads();
        given().queryParam("unit", unit).queryParam("from", "2022-06-01").queryParam("to", "2022-07-01")
                .queryParam("indicator", "ONLINE_DOSSIER_SHARE").get("/api/v1/kpis").then().statusCode(200);
        assertThat(computedReads()).as("without a token, the figure just computed is served from memory").isEqualTo(computed);

        share(catalogue).then().statusCode(200);

        assertThat(computedReads()).as("another instance may have applied the token's records: computed again")
                .isEqualTo(computed + 1);
    }

    private double computedReads() {
        return registry.get("kpi.hot.reads").tag("outcome", "computed").counter().count();
    }

    @Test
    void aTokenOutOfReachIsA503NamingTheTopicAndHowFarBehind() {
        Response answer = share("dossier-events:0:900000000000,payment-events:0:1");
        answer.then().statusCode(503).header("Retry-After", "1").body("violations[0].field", equalTo("X-DVC-After"));
        assertThat(answer.jsonPath().getList("violations.message", String.class))
                .anySatisfy(message -> assertThat(message).matches("dossier-events: \\d+ records not applied yet"));
    }

    @Test
    void positionsOnTopicsTheServiceDoesNotConsumeAreNotWaitedForAndAMalformedTokenIsRefused() {
        given().header("X-DVC-After", "no-such-topic:0:900000000000").get("/api/v1/campaigns").then().statusCode(200);
        given().queryParam("after", "dossier-events:x").get("/api/v1/campaigns").then().statusCode(400)
                .body("violations[0].field", equalTo("after"));
    }
}
