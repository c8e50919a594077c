package vn.dvc.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static vn.dvc.e2e.PortalEvents.LOCAL;
import static vn.dvc.e2e.PortalEvents.at;
import static vn.dvc.e2e.PortalEvents.event;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The Decision 766 estimate through the gateway (docs/counting-rules.md, "Decision 766 score"): a district whose
 * month is computed by hand, part by part; then the what-if's cheapest path is taken — its dossiers sent — and the
 * points recomputed.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class Score766ThroughGatewayTest {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
    private static final String PROVINCE = "SC" + RUN;
    private static final String DISTRICT = PROVINCE + ".H01";
    private static final String SERVICE = "TT.SC" + RUN;
    /** A month that ended a month ago: what is open at its end no longer moves. */
    private static final LocalDate FROM = LocalDate.now(LOCAL).minusDays(60);
    private static final LocalDate TO = FROM.plusDays(30);

    @BeforeAll
    static void loadDistrict() {
        RunningSuite.gateway();
        given().contentType(ContentType.JSON).body(List.of(Map.of("code", PROVINCE, "name", "Tỉnh Điểm " + RUN, "tier", "PROVINCE"),
                Map.of("code", DISTRICT, "name", "Huyện Một", "tier", "DISTRICT", "parentCode", PROVINCE))).put("/api/v1/units")
                .then().statusCode(200);
        given().contentType(ContentType.JSON).body(List.of(Map.of("code", SERVICE, "name", "Cấp giấy phép xây dựng", "field", "Xây dựng",
                        "feeBearing", false, "offerings", List.of(Map.of("tier", "DISTRICT", "onlineMode", "FULL")))))
                .put("/api/v1/services").then().statusCode(200);
        List<Map<String, Object>> events = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String dossier = PROVINCE + "-" + i;
            LocalDate due = i < 10 ? FROM.plusDays(25) : i < 13 ? FROM.plusDays(15) : FROM.plusDays(40);
            Map<String, Object> received = event(dossier, "r", "RECEIVED", FROM.plusDays(1 + i).atTime(9, 0));
            received.putAll(Map.of("unitCode", DISTRICT, "serviceCode", SERVICE, "channel", i < 5 ? "ONLINE" : "DIRECT",
                    "dueAt", at(due.atTime(17, 0)), "inputsDigitised", i >= 5 && i < 13, "feeRequired", false));
            events.add(received);
            if (i < 10) {
                Map<String, Object> resolved = event(dossier, "s", "RESOLVED", FROM.plusDays(i < 8 ? 20 : 28).atTime(15, 0));
                resolved.put("electronicResult", i < 4);
                events.add(resolved);
            }
        }
        send(events);
        RunningSuite.awaitUnitsKnown("/api/v1/reports/completion", Map.of("period", "2022-Q1"), DISTRICT);
        given().contentType(ContentType.JSON).body(Map.of("unitCode", DISTRICT, "from", FROM.toString(), "to", TO.toString(),
                "total", 25, "source", "sổ tiếp nhận")).post("/api/v1/dossier-totals").then().statusCode(202);
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> part(score(), "DOSSIERS_SYNCHRONISED").getString("points") != null
                && part(score(), "DOSSIERS_SYNCHRONISED").getLong("denominator") == 25
                && part(score(), "RESOLUTION_PROGRESS").getLong("denominator") == 20);
    }

    private static void send(List<Map<String, Object>> events) {
        given().header("X-API-Key", RunningSuite.key("portal")).contentType(ContentType.JSON).body(events)
                .post("/api/v1/dossier-events/batch").then().statusCode(202);
    }


    private static JsonPath score() {
        return given().queryParam("unit", DISTRICT).queryParam("from", FROM.toString()).queryParam("to", TO.toString())
                .get("/api/v1/scores/766").then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath part(JsonPath score, String code) {
        return new JsonPath(score.prettify()).setRootPath("parts.find { it.code == '" + code + "' }");
    }

    @Test
    @Order(1)
    void eachMeasuredPartScoresAsComputedByHandAndTheOthersAreNotMeasured() {
        JsonPath score = score();

        // synchronised: 20 on the portal of max(20, 25 reported) → 80 % × 6
        assertThat(part(score, "DOSSIERS_SYNCHRONISED").getDouble("points")).isEqualTo(4.8);
        // progress: (8 resolved on time + 7 open within their due time) ÷ (10 resolved + 10 open) → 75 % × 20
        assertThat(part(score, "RESOLUTION_PROGRESS").getLong("numerator")).isEqualTo(15);
        assertThat(part(score, "RESOLUTION_PROGRESS").getDouble("points")).isEqualTo(15.0);
        // fully online: 5 of 20, below the 50 % threshold → 12 × 0.25 ÷ 0.5
        assertThat(part(score, "FULLY_ONLINE_DOSSIERS").getDouble("points")).isEqualTo(6.0);
        // e-results: 4 of 10 resolved, below 80 % → 6 × 0.4 ÷ 0.8; digitised inputs: 8 of 20 → 4 × 0.4 ÷ 0.8
        assertThat(part(score, "E_RESULTS").getDouble("points")).isEqualTo(3.0);
        assertThat(part(score, "DIGITISED_INPUTS").getDouble("points")).isEqualTo(2.0);
        // no fee-bearing dossier: nothing to measure, no points either way
        assertThat(part(score, "ONLINE_PAYMENT").getBoolean("measured")).isTrue();
        assertThat(part(score, "ONLINE_PAYMENT").getString("points")).isNull();
        // procedure satisfaction: 8 of the 10 resolved in time, none rated → 80 %, below 90 % → 6 × 0.8 ÷ 0.9
        assertThat(part(score, "PROCEDURE_SATISFACTION").getDouble("points")).isEqualTo(5.33);
        // no feedback item received: the reconstruction gives both feedback parts their full 6, and says so
        assertThat(part(score, "FEEDBACK_ON_TIME").getLong("denominator")).isZero();
        assertThat(part(score, "FEEDBACK_ON_TIME").getDouble("points")).isEqualTo(6.0);
        assertThat(part(score, "FEEDBACK_SATISFACTION").getString("missing")).startsWith("Không có dữ liệu trong kỳ")
                .endsWith("tính đủ điểm theo bộ chỉ số");
        // no publication decided: zero, as the reconstruction scores it; e-certified copies are not measured
        assertThat(part(score, "PUBLISHED_ON_TIME").getDouble("points")).isEqualTo(0.0);
        assertThat(part(score, "PUBLISHED_ON_TIME").getString("missing")).startsWith("Không có dữ liệu trong kỳ (quyết định công bố")
                .endsWith("tính 0 điểm theo bộ chỉ số");
        assertThat(part(score, "UPDATED_ON_TIME").getString("points")).isNull();
        assertThat(part(score, "E_CERTIFIED_COPIES").getLong("denominator")).as("a district without communes").isZero();
        assertThat(part(score, "E_CERTIFIED_COPIES").getString("missing")).startsWith("Không có dữ liệu trong kỳ (xã đã chứng thực");
        assertThat(part(score, "E_RESULTS").getString("missing")).isNull();
        assertThat(score.getDouble("measuredPoints")).isEqualTo(48.13);
        // re-use, the national data store, resident data: measured over the 20 received, none of them took any: 0 points
        assertThat(part(score, "REUSE").getDouble("points")).isEqualTo(0.0);
        assertThat(part(score, "NATIONAL_STORE_LINK").getLong("denominator")).isEqualTo(20);
        assertThat(score.getInt("measuredMax")).isEqualTo(80);
        assertThat(score.getInt("max")).isEqualTo(100);
        assertThat(score.getString("version")).isEqualTo("766-r1");
        assertThat(score.getBoolean("reconstruction")).isTrue();
    }

    /** After the hand-computed month: the path's dossiers change it. */
    @Test
    @Order(2)
    void theCheapestPathIsTakenAndItsPointsAreThere() {
        JsonPath whatIf = given().queryParam("unit", DISTRICT).queryParam("from", FROM.toString()).queryParam("to", TO.toString())
                .get("/api/v1/scores/766/what-if").then().statusCode(200).extract().jsonPath();

        // each fully online dossier more is the cheapest point: 2, 3, 4, 6 and 8 of them for 1 … 5 points
        assertThat(whatIf.getList("levers.find { it.lever == 'FULLY_ONLINE_DOSSIERS' }.steps.add", Integer.class))
                .containsExactly(2, 3, 4, 6, 8);
        assertThat(whatIf.getList("levers.find { it.lever == 'RESOLUTION_PROGRESS' }.steps.add", Integer.class))
                .startsWith(5, 14);
        // nothing was published in the month, which scores zero: one procedure published on time is the cheapest path,
        // all six points at once
        assertThat(whatIf.getList("cheapestPath.steps.lever")).containsExactly("PUBLISHED_ON_TIME");
        assertThat(whatIf.getInt("cheapestPath.add")).isEqualTo(1);
        assertThat(whatIf.getDouble("cheapestPath.points")).isEqualTo(6.0);
        double before = score().getDouble("measuredPoints");
        given().contentType(ContentType.JSON).body(List.of(Map.of("id", "QD-" + RUN + "/1", "procedureCode", SERVICE, "unitCode", DISTRICT,
                "decisionNumber", "1/QĐ-UBND", "decidedOn", FROM.plusDays(2).toString(), "change", "ADDED",
                "legalBasisEffectiveOn", FROM.plusDays(40).toString()))).post("/api/v1/procedure-publications").then().statusCode(202);
        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(score().getDouble("measuredPoints"))
                .as("the path's points are there").isEqualTo(before + 6.0, within(0.001)));

        // the fully online lever's 5 points take 8 dossiers: sent, they are there
        int add = whatIf.getInt("levers.find { it.lever == 'FULLY_ONLINE_DOSSIERS' }.steps.find { it.points == 5 }.add");
        assertThat(add).isEqualTo(8);

        List<Map<String, Object>> suggested = new ArrayList<>();
        for (int i = 0; i < add; i++) {
            Map<String, Object> received = event(PROVINCE + "-W" + i, "r", "RECEIVED", FROM.plusDays(2).atTime(10, 0));
            received.putAll(Map.of("unitCode", DISTRICT, "serviceCode", SERVICE, "channel", "ONLINE",
                    "dueAt", at(FROM.plusDays(40).atTime(17, 0)), "feeRequired", false));
            suggested.add(received);
        }
        send(suggested);

        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                part(score(), "FULLY_ONLINE_DOSSIERS").getDouble("points")).as("13 of 28 → 12 × 0.4643 ÷ 0.5, 5.14 more")
                .isEqualTo(11.14, within(0.001)));
    }
}
