package vn.dvc.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dvc.launcher.SuiteService;

/**
 * The push to the measurement system through the gateway (docs/emc-push.md), to a real HTTP receiver in the test
 * JVM: refused attempts retried with the same Idempotency-Key until accepted once; deliveries queued when kpi-service
 * is killed go out after it starts again; the token reaches the receiver and no log.
 */
class EmcPushThroughGatewayTest {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
    private static final String PROVINCE = "EP" + RUN;
    private static final String DISTRICT = PROVINCE + ".H01";
    private static final String SERVICE = "TT.EP" + RUN;

    @BeforeAll
    static void loadProvince() {
        RunningSuite.gateway();
        given().contentType(ContentType.JSON).body(List.of(Map.of("code", PROVINCE, "name", "Tỉnh Đẩy " + RUN, "tier", "PROVINCE"),
                Map.of("code", DISTRICT, "name", "Huyện Một", "tier", "DISTRICT", "parentCode", PROVINCE))).put("/api/v1/units")
                .then().statusCode(200);
        given().contentType(ContentType.JSON).body(List.of(Map.of("code", SERVICE, "name", "Cấp giấy phép", "field", "Xây dựng",
                        "feeBearing", false, "offerings", List.of(Map.of("tier", "DISTRICT", "onlineMode", "FULL")))))
                .put("/api/v1/services").then().statusCode(200);
        given().header("X-API-Key", RunningSuite.key("portal")).contentType(ContentType.JSON).body(List.of(
                        Map.of("eventId", PROVINCE + "-1.r", "dossierId", PROVINCE + "-1", "status", "RECEIVED",
                                "occurredAt", "2022-06-02T09:00:00+07:00", "unitCode", DISTRICT, "serviceCode", SERVICE,
                                "channel", "ONLINE", "dueAt", "2022-06-09T17:00:00+07:00")))
                .post("/api/v1/dossier-events/batch").then().statusCode(202);
        Awaitility.await().atMost(Duration.ofSeconds(60)).ignoreExceptions().until(() -> given().queryParam("unit", DISTRICT)
                .queryParam("from", "2022-06-01").queryParam("to", "2022-07-01").queryParam("indicator", "ONLINE_DOSSIER_SHARE")
                .get("/api/v1/kpis").then().extract().jsonPath().getInt("indicators[0].denominator") == 1);
    }

    private static JsonPath push() {
        return given().header("Idempotency-Key", UUID.randomUUID().toString()).queryParam("unit", PROVINCE)
                .queryParam("from", "2022-06-01").queryParam("to", "2022-07-01").post("/api/v1/emc/pushes")
                .then().statusCode(202).extract().jsonPath();
    }

    private static List<Map<String, Object>> deliveries(String unit) {
        return given().queryParam("unit", unit).get("/api/v1/emc/pushes").then().statusCode(200).extract().jsonPath().getList("$");
    }

    private static String keyOf(String unit, String slot) {
        return "dvc-emc:" + unit + ":2022-06-01:2022-07-01:" + slot;
    }

    @Test
    void refusedAttemptsAreRetriedWithTheSameKeyUntilAcceptedOnceAndTheTokenReachesNoLog() throws IOException {
        EmcReceiver receiver = RunningSuite.emc();
        receiver.refuseFirstAttempts(2);

        String slot = push().getString("slot");

        for (String unit : List.of(PROVINCE, DISTRICT)) {
            Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> deliveries(unit).stream()
                    .anyMatch(delivery -> keyOf(unit, slot).equals(delivery.get("idempotencyKey")) && "DELIVERED".equals(delivery.get("status"))));
            List<EmcReceiver.Attempt> attempts = receiver.attemptsOf(keyOf(unit, slot));
            assertThat(attempts).extracting(EmcReceiver.Attempt::answered).containsExactly(503, 503, 200);
            assertThat(attempts).extracting(EmcReceiver.Attempt::authorization).containsOnly("Bearer " + RunningSuite.EMC_TOKEN);
            Map<String, Object> delivery = deliveries(unit).stream().filter(d -> keyOf(unit, slot).equals(d.get("idempotencyKey")))
                    .findFirst().orElseThrow();
            assertThat(delivery.get("attempts")).isEqualTo(3);
            assertThat(delivery.get("lastHttpStatus")).isEqualTo(200);
        }
        JsonPath payload = new JsonPath(receiver.attemptsOf(keyOf(DISTRICT, slot)).get(2).body());
        assertThat(payload.getString("unitCode")).isEqualTo(DISTRICT);
        assertThat(payload.getInt("rows.find { it.indicator == 'ONLINE_DOSSIER_SHARE' }.denominator")).isEqualTo(1);
        assertThat(payload.getInt("rows.find { it.indicator == 'ONLINE_DOSSIER_SHARE' }.numerator")).isEqualTo(1);
        assertThat(payload.getString("rows[0].rulesVersion")).isEqualTo("1");

        Path log = RunningSuite.get().settings().runDir().resolve("logs/kpi-service.log");
        assertThat(Files.readString(log)).contains("kpi-service").doesNotContain(RunningSuite.EMC_TOKEN);
    }

    @Test
    void aReceiverEchoingTheTokenBackLeaksItNowhereAndItsAnswerIsKeptInPart() {
        EmcReceiver receiver = RunningSuite.emc();
        receiver.echoRequests(true);
        try {
            String slot = push().getString("slot");
            Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> deliveries(DISTRICT).stream()
                    .anyMatch(delivery -> keyOf(DISTRICT, slot).equals(delivery.get("idempotencyKey")) && "DELIVERED".equals(delivery.get("status"))));
        } finally {
            receiver.echoRequests(false);
        }
        String served = given().header("X-API-Key", RunningSuite.key("ministry")).queryParam("unit", DISTRICT).get("/api/v1/emc/pushes")
                .then().statusCode(200).extract().asString();
        assertThat(served).doesNotContain(RunningSuite.EMC_TOKEN).contains("Authorization: [đã che]");
        deliveries(DISTRICT).forEach(delivery -> assertThat(String.valueOf(delivery.get("lastAnswer")).length()).isLessThanOrEqualTo(500));
    }

    @Test
    void deliveriesQueuedWhenKpiServiceIsKilledGoOutAfterItStartsAgainEachAcceptedOnce() {
        EmcReceiver receiver = RunningSuite.emc();
        receiver.refuseEverything(true);
        String slot = push().getString("slot");
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> !receiver.attemptsOf(keyOf(DISTRICT, slot)).isEmpty()
                && !receiver.attemptsOf(keyOf(PROVINCE, slot)).isEmpty());

        RunningSuite.crashAndRestart(SuiteService.KPI);
        receiver.refuseEverything(false);

        for (String unit : List.of(PROVINCE, DISTRICT)) {
            Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> receiver.attemptsOf(keyOf(unit, slot)).stream()
                    .anyMatch(attempt -> attempt.answered() == 200));
        }
        for (String unit : List.of(PROVINCE, DISTRICT)) {
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> deliveries(unit).stream()
                    .anyMatch(d -> keyOf(unit, slot).equals(d.get("idempotencyKey")) && "DELIVERED".equals(d.get("status"))));
            assertThat(receiver.attemptsOf(keyOf(unit, slot)).stream().filter(attempt -> attempt.answered() == 200).count())
                    .as("accepted once").isEqualTo(1);
        }
    }
}
