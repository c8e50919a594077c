package vn.dvc.kpi.messaging;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.dvc.contracts.catalog.Tier;
import vn.dvc.contracts.catalog.UnitChanged;
import vn.dvc.contracts.dossier.Channel;
import vn.dvc.contracts.dossier.DossierStateChanged.Flags;
import vn.dvc.contracts.dossier.DossierStateChanged;
import vn.dvc.contracts.dossier.DossierStatus;
import vn.dvc.rules.time.PortalTime;

/** Campaigns through the real service: the plan's default, a running one with a unit's own target, progress. */
@QuarkusTest
class CampaignFlowTest {

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String province = "BP-" + run;
    private final String ahead = "SO1-" + run;
    private final String behind = "SO2-" + run;
    private final LocalDate today = LocalDate.now(PortalTime.LOCAL_ZONE);

    @Inject
    ObjectMapper json;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void thePlansCampaignExistsWithItsTargets() {
        given().get("/api/v1/campaigns/KH-170-2022").then().statusCode(200)
                .body("from", equalTo("2022-06-01")).body("to", equalTo("2022-09-01"))
                .body("targets.ONLINE_SERVICE_UPTAKE", equalTo(80.0f))
                .body("targets.ONLINE_DOSSIER_SHARE", equalTo(50.0f))
                .body("targets.INPUT_DIGITISATION", equalTo(100.0f))
                .body("targets.ONLINE_REPORTING", equalTo(50.0f))
                .body("targets.ON_TIME_RESOLUTION", equalTo(100.0f));
    }

    @Test
    void eachUnitStandsAgainstItsTargetWithTheRunRateStillNeeded() throws Exception {
        try (KafkaProducer<String, String> producer = producer()) {
            send(producer, "catalog-events", unit(province, "PROVINCE", null));
            send(producer, "catalog-events", unit(ahead, "DEPARTMENT", province));
            send(producer, "catalog-events", unit(behind, "DEPARTMENT", province));
            // Over the last ten days: the first department 8 of 10 online (the last 7 days all online), the second 2 of
            // 10. At the first one's pace (1 of 1 a day) the end shows 28 of 30; 50% of 30 needs 7 more in 20 days.
            for (int i = 0; i < 10; i++) {
                send(producer, "dossier-events", dossier("a" + i, ahead, i < 8 ? "ONLINE" : "DIRECT", i));
                send(producer, "dossier-events", dossier("b" + i, behind, i < 2 ? "ONLINE" : "DIRECT", i));
            }
        }
        String campaign = "C-" + run;
        String body = "{\"name\":\"Chiến dịch thử\",\"from\":\"" + today.minusDays(10) + "\",\"to\":\""
                + today.plusDays(21) + "\",\"targets\":{\"ONLINE_DOSSIER_SHARE\":50},\"unitTargets\":[{\"unit\":\""
                + behind + "\",\"indicator\":\"ONLINE_DOSSIER_SHARE\",\"target\":20}]}";
        // A unit target names a unit the service must know: 422 until the catalog event has been consumed.
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().contentType(ContentType.JSON)
                .body(body).put("/api/v1/campaigns/" + campaign).then().statusCode(200)
                .body("unitTargets[0].target", equalTo(20.0f)));

        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().queryParam("tier", "DEPARTMENT")
                .queryParam("within", province).get("/api/v1/campaigns/" + campaign + "/progress").then().statusCode(200)
                .body("daysElapsed", equalTo(11)).body("daysRemaining", equalTo(20))
                .body("units.unit", contains(ahead, behind))
                .body("units[0].indicators[0].numerator", equalTo(8))
                .body("units[0].indicators[0].target", equalTo(50.0f))
                .body("units[0].indicators[0].met", equalTo(true))
                .body("units[0].indicators[0].neededPerDay", equalTo(0.35f))
                .body("units[0].indicators[0].projectedPercent", equalTo(93.33f))
                .body("units[1].indicators[0].percent", equalTo(20.0f))
                .body("units[1].indicators[0].target", equalTo(20.0f))
                .body("units[1].indicators[0].met", equalTo(true))
                .body("units[1].indicators[0].projectedPercent", notNullValue()));

        given().contentType(ContentType.JSON).body("{\"name\":\"x\",\"from\":\"2022-01-01\",\"to\":\"2022-02-01\","
                        + "\"targets\":{\"NO_SUCH\":50},\"unitTargets\":[{\"unit\":\"NO-SUCH-UNIT\",\"indicator\":\"E_RESULT\",\"target\":1}]}")
                .put("/api/v1/campaigns/bad-" + run).then().statusCode(422)
                .body("violations.field", contains("targets.NO_SUCH", "unitTargets[0].unit"));
        given().get("/api/v1/campaigns/bad-" + run).then().statusCode(404);
        given().contentType(ContentType.JSON).body("{\"name\":\"x\",\"from\":\"2022-02-01\",\"to\":\"2022-01-01\",\"targets\":{\"E_RESULT\":50}}")
                .put("/api/v1/campaigns/bad-" + run).then().statusCode(400).body("violations[0].field", equalTo("to"));
        given().get("/api/v1/campaigns/" + campaign + "/progress").then().statusCode(400)
                .body("violations[0].field", equalTo("tier"));
    }

    private UnitChanged unit(String code, String tier, String parent) {
        return new UnitChanged(UUID.randomUUID().toString(), Instant.now(), code, "Sở " + code, Tier.valueOf(tier), parent, null);
    }

    private DossierStateChanged dossier(String name, String unit, String channel, int daysAgo) {
        Instant receivedAt = today.minusDays(daysAgo).atTime(9, 0).atZone(PortalTime.LOCAL_ZONE).toInstant();
        return new DossierStateChanged(UUID.randomUUID().toString(), Instant.now(), name + "-" + run, 1, "p", unit,
                "1.000001", Channel.valueOf(channel), DossierStatus.RECEIVED, receivedAt, List.of("p"), Tier.DEPARTMENT,
                null, null, null, null, null,
                new Flags(false, false, false));
    }

    private void send(KafkaProducer<String, String> producer, String topic, UnitChanged unit) throws Exception {
        producer.send(new ProducerRecord<>(topic, unit.key(), json.writeValueAsString(unit))).get();
    }

    private void send(KafkaProducer<String, String> producer, String topic, DossierStateChanged dossier) throws Exception {
        producer.send(new ProducerRecord<>(topic, dossier.dossierId(), json.writeValueAsString(dossier))).get();
    }

    private KafkaProducer<String, String> producer() {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        return new KafkaProducer<>(properties, new StringSerializer(), new StringSerializer());
    }
}
