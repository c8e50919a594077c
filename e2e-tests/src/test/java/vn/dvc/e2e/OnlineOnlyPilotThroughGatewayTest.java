package vn.dvc.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static vn.dvc.e2e.PortalEvents.at;
import static vn.dvc.e2e.PortalEvents.event;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The online-only pilot through the gateway (docs/counting-rules.md, "Online-only pilot"): from 01/7/2022 one service
 * may be received online only by one district and the communes below it. Receipts before that day, by another
 * district, or of another service are not flagged; inside, after it, through any channel but online, they are —
 * whatever order their events arrive in.
 */
class OnlineOnlyPilotThroughGatewayTest {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
    private static final String PROVINCE = "OP" + RUN;
    private static final String PILOT_DISTRICT = PROVINCE + ".H01";
    private static final String OTHER_DISTRICT = PROVINCE + ".H02";
    private static final String COMMUNE = PILOT_DISTRICT + ".X01";
    private static final String PILOT_SERVICE = "TT.OA" + RUN;
    private static final String OTHER_SERVICE = "TT.OB" + RUN;
    private static final String CAMPAIGN = "PILOT-" + RUN;

    @BeforeAll
    static void loadAndSend() {
        RunningSuite.gateway();
        given().contentType(ContentType.JSON).body(List.of(
                Map.of("code", PROVINCE, "name", "Tỉnh Thí điểm " + RUN, "tier", "PROVINCE"),
                Map.of("code", PILOT_DISTRICT, "name", "Huyện Thí điểm", "tier", "DISTRICT", "parentCode", PROVINCE),
                Map.of("code", OTHER_DISTRICT, "name", "Huyện Khác", "tier", "DISTRICT", "parentCode", PROVINCE),
                Map.of("code", COMMUNE, "name", "Xã Thí điểm", "tier", "COMMUNE", "parentCode", PILOT_DISTRICT)))
                .put("/api/v1/units").then().statusCode(200);
        List<Map<String, Object>> offerings = List.of(Map.of("tier", "DISTRICT", "onlineMode", "FULL"),
                Map.of("tier", "COMMUNE", "onlineMode", "FULL"));
        given().contentType(ContentType.JSON).body(List.of(
                        Map.of("code", PILOT_SERVICE, "name", "Đăng ký khai sinh", "field", "Hộ tịch", "feeBearing", false, "offerings", offerings),
                        Map.of("code", OTHER_SERVICE, "name", "Chứng thực bản sao", "field", "Chứng thực", "feeBearing", false, "offerings", offerings)))
                .put("/api/v1/services").then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("name", "Thí điểm chỉ tiếp nhận trực tuyến", "from", "2022-06-01",
                "to", "2022-09-01", "targets", Map.of("ONLINE_DOSSIER_SHARE", 50))).put("/api/v1/campaigns/" + CAMPAIGN)
                .then().statusCode(200);
        Map<String, Object> laterEventsFirst = received("d", COMMUNE, PILOT_SERVICE, "DIRECT", LocalDateTime.of(2022, 7, 2, 8, 0));
        Map<String, Object> receivedTwice = received("f", PILOT_DISTRICT, PILOT_SERVICE, "POSTAL", LocalDateTime.of(2022, 7, 4, 8, 0));
        Map<String, Object> afterItsProcessing = received("h", PILOT_DISTRICT, PILOT_SERVICE, "DIRECT", LocalDateTime.of(2022, 7, 6, 8, 0));
        send(List.of(
                received("a", PILOT_DISTRICT, PILOT_SERVICE, "DIRECT", LocalDateTime.of(2022, 6, 30, 16, 0)),
                received("b", OTHER_DISTRICT, PILOT_SERVICE, "DIRECT", LocalDateTime.of(2022, 7, 5, 8, 0)),
                received("c", PILOT_DISTRICT, OTHER_SERVICE, "DIRECT", LocalDateTime.of(2022, 7, 5, 8, 0)),
                received("e", PILOT_DISTRICT, PILOT_SERVICE, "ONLINE", LocalDateTime.of(2022, 7, 3, 8, 0)),
                event(PROVINCE + "-d", "2", "RESOLVED", LocalDateTime.of(2022, 7, 10, 9, 0)),
                event(PROVINCE + "-h", "2", "PROCESSING", LocalDateTime.of(2022, 7, 7, 9, 0)),
                receivedTwice));
        send(List.of(laterEventsFirst, receivedTwice, afterItsProcessing));
    }

    @Test
    void offlineReceiptsOfThePilotServiceInsideThePilotFromItsFirstDayAreFlaggedAndCounted() {
        given().get("/api/v1/campaigns/" + CAMPAIGN + "/online-only").then().statusCode(404);
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> given().contentType(ContentType.JSON)
                .body(Map.of("from", "2022-07-01", "services", List.of(PILOT_SERVICE), "units", List.of(PILOT_DISTRICT)))
                .put("/api/v1/campaigns/" + CAMPAIGN + "/online-only").statusCode() == 200);
        given().contentType(ContentType.JSON).body(Map.of("from", "2022-06-01", "services", List.of(PILOT_SERVICE, "TT.NONE" + RUN),
                "units", List.of(OTHER_DISTRICT))).put("/api/v1/campaigns/" + CAMPAIGN + "/online-only")
                .then().statusCode(422).body("violations[0].field", equalTo("services[1]"));
        assertThat(compliance().getString("pilot.from")).isEqualTo("2022-07-01");
        assertThat(compliance().getList("pilot.units", String.class)).containsExactly(PILOT_DISTRICT);

        Awaitility.await().atMost(Duration.ofSeconds(60)).ignoreExceptions().untilAsserted(() ->
                assertThat(compliance().getLong("denominator")).isEqualTo(4));
        JsonPath figure = compliance();
        assertThat(figure.getString("code")).isEqualTo("ONLINE_ONLY_COMPLIANCE");
        assertThat(figure.getLong("numerator")).isEqualTo(1);
        assertThat(figure.getDouble("percent")).isEqualTo(25.0);
        assertThat(figure.getLong("flagged")).isEqualTo(3);
        assertThat(figure.getBoolean("met")).isFalse();
        assertThat(figure.getString("rulesVersion")).isEqualTo("1");
        assertThat(figure.getLong("units.find { it.unit == '" + PILOT_DISTRICT + "' }.denominator")).isEqualTo(3);
        assertThat(figure.getLong("units.find { it.unit == '" + PILOT_DISTRICT + "' }.flagged")).isEqualTo(2);
        assertThat(figure.getLong("units.find { it.unit == '" + COMMUNE + "' }.flagged")).isEqualTo(1);
        assertThat(figure.getList("units.unit", String.class)).doesNotContain(OTHER_DISTRICT);

        JsonPath flagged = given().queryParam("unit", PROVINCE).get("/api/v1/campaigns/" + CAMPAIGN + "/online-only/dossiers")
                .then().statusCode(200).extract().jsonPath();
        assertThat(flagged.getString("kind")).isEqualTo("OFFLINE_RECEIPT_IN_ONLINE_ONLY_PILOT");
        assertThat(flagged.getList("items.dossierId", String.class))
                .containsExactly(PROVINCE + "-h", PROVINCE + "-f", PROVINCE + "-d");
        assertThat(flagged.getList("items.channel", String.class)).containsExactly("DIRECT", "POSTAL", "DIRECT");

        JsonPath progress = given().queryParam("tier", "DISTRICT").queryParam("within", PROVINCE)
                .get("/api/v1/campaigns/" + CAMPAIGN + "/progress").then().statusCode(200).extract().jsonPath();
        String pilotDistrict = "units.find { it.unit == '" + PILOT_DISTRICT + "' }.onlineOnly";
        assertThat(progress.getLong(pilotDistrict + ".numerator")).isEqualTo(1);
        assertThat(progress.getLong(pilotDistrict + ".denominator")).isEqualTo(4);
        assertThat(progress.getDouble(pilotDistrict + ".target")).isEqualTo(100.0);
        assertThat(progress.getString("units.find { it.unit == '" + OTHER_DISTRICT + "' }.onlineOnly")).isNull();
    }

    private static JsonPath compliance() {
        return given().queryParam("unit", PROVINCE).get("/api/v1/campaigns/" + CAMPAIGN + "/online-only")
                .then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> received(String dossier, String unit, String service, String channel, LocalDateTime time) {
        return event(PROVINCE + "-" + dossier, "1", "RECEIVED", time, Map.of("unitCode", unit, "serviceCode", service,
                "channel", channel, "dueAt", at(time.plusDays(10)), "inputsDigitised", false, "feeRequired", false));
    }

    private static void send(List<Map<String, Object>> events) {
        given().header("X-API-Key", RunningSuite.key("portal")).contentType(ContentType.JSON).body(events)
                .post("/api/v1/dossier-events/batch").then().statusCode(202);
    }
}
