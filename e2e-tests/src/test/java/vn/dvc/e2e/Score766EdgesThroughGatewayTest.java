package vn.dvc.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Decision 766 parts at their edges (docs/counting-rules.md, "Decision 766 score"), computed here by hand: a rate
 * exactly at its threshold scores full marks and one dossier less scales down; a feedback item answered on the 15th
 * working day is in time and one on the 16th is not; a district with nothing to measure scores each part as the table
 * says (full, zero or none). The ministry's pull carries the same parts for every unit, and a district's key reads
 * its own score and feedback item only.
 */
class Score766EdgesThroughGatewayTest {

    private static final Map<String, String> JUNE = Map.of("from", "2022-06-01", "to", "2022-07-01");

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String province = "SE-" + run;
    private final String atThreshold = province + ".H1";
    private final String below = province + ".H2";
    private final String empty = province + ".H3";
    private final String service = "SE-" + run + "-S";

    @BeforeAll
    static void suite() {
        RestAssured.baseURI = RunningSuite.gateway().toString();
        RestAssured.port = RunningSuite.gateway().getPort();
    }

    @Test
    void thresholdsWorkingDaysAndEmptyPartsScoreAsTheTableSaysInTheScoreAndTheMinistrysPull() {
        given().contentType(ContentType.JSON).body(List.of(Map.of("code", province, "name", "Tỉnh", "tier", "PROVINCE"),
                Map.of("code", atThreshold, "name", "Huyện Một", "tier", "DISTRICT", "parentCode", province),
                Map.of("code", below, "name", "Huyện Hai", "tier", "DISTRICT", "parentCode", province),
                Map.of("code", empty, "name", "Huyện Ba", "tier", "DISTRICT", "parentCode", province))).put("/api/v1/units")
                .then().statusCode(200);
        given().contentType(ContentType.JSON).body(List.of(Map.of("code", service, "name", "Thủ tục", "field", "Tư pháp",
                        "feeBearing", false, "offerings", List.of(Map.of("tier", "DISTRICT", "onlineMode", "FULL")))))
                .put("/api/v1/services").then().statusCode(200);
        // ten dossiers in each of the first two districts, received Wed 1 June and resolved in time on Mon 6;
        // re-used data in 8 of the first's (80 %, the threshold) and 7 of the second's
        List<Map<String, Object>> events = new ArrayList<>();
        events.addAll(tenDossiers(atThreshold, 8));
        events.addAll(tenDossiers(below, 7));
        given().contentType(ContentType.JSON).body(events).post("/api/v1/dossier-events/batch").then().statusCode(202);
        // unsatisfied: 1 of the first's (90 % satisfying, the threshold), 2 of the second's
        given().contentType(ContentType.JSON).body(List.of(rating(atThreshold, 0), rating(below, 0), rating(below, 1)))
                .post("/api/v1/dossier-ratings").then().statusCode(202);
        // received Wed 1 June: the 15th working day after it is Wed 22
        given().contentType(ContentType.JSON).body(List.of(feedback("F1", atThreshold, "2022-06-22T16:00:00"),
                        feedback("F2", below, "2022-06-22T16:00:00"), feedback("F3", below, "2022-06-23T08:00:00")))
                .post("/api/v1/feedback-items").then().statusCode(202);

        Awaitility.await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
            JsonPath first = score(atThreshold);
            assertPart(first, "REUSE", 8, 10, 2.0);
            assertPart(first, "PROCEDURE_SATISFACTION", 9, 10, 6.0);
            assertPart(first, "FEEDBACK_ON_TIME", 1, 1, 6.0);
            JsonPath second = score(below);
            assertPart(second, "REUSE", 7, 10, 1.75);                   // 2 × 0.7 ÷ 0.8
            assertPart(second, "PROCEDURE_SATISFACTION", 8, 10, 5.33);  // 6 × 0.8 ÷ 0.9
            assertPart(second, "FEEDBACK_ON_TIME", 1, 2, 3.0);          // the 16th working day is late
            assertPart(second, "FEEDBACK_SATISFACTION", 1, 2, 3.0);
        });

        JsonPath nothing = score(empty);
        assertPart(nothing, "FEEDBACK_ON_TIME", 0, 0, 6.0);
        assertPart(nothing, "FEEDBACK_SATISFACTION", 0, 0, 6.0);
        assertPart(nothing, "PUBLISHED_ON_TIME", 0, 0, 0.0);
        assertPart(nothing, "PROCEDURE_SATISFACTION", 0, 0, 0.0);
        assertPart(nothing, "REUSE", 0, 0, null);
        assertThat(part(nothing, "FEEDBACK_ON_TIME").getString("missing")).contains("tính đủ điểm");
        assertThat(part(nothing, "PROCEDURE_SATISFACTION").getString("missing")).contains("tính 0 điểm");
        assertThat(part(nothing, "REUSE").getString("missing")).contains("chưa tính điểm");
        assertThat(List.of(nothing.getDouble("measuredPoints"), (double) nothing.getInt("measuredMax")))
                .as("the two feedback parts in full, the two scoring zero, the rest left out").containsExactly(12.0, 24.0);

        // the catalogue's feedback indicator is the part's rate
        JsonPath kpis = given().queryParams(JUNE).queryParam("unit", below).get("/api/v1/kpis").then().statusCode(200)
                .extract().jsonPath();
        assertThat(List.of(kpis.getLong("indicators.find { it.code == 'FEEDBACK_ON_TIME' }.numerator"),
                kpis.getLong("indicators.find { it.code == 'FEEDBACK_ON_TIME' }.denominator"))).containsExactly(1L, 2L);

        theMinistrysPullCarriesEveryUnitsParts();
        aDistrictsKeyReadsItsOwnScoreAndFeedbackOnly();
    }

    private void theMinistrysPullCarriesEveryUnitsParts() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int page = 0; page < 2; page++) {
            JsonPath one = given().queryParams(JUNE).queryParam("unit", province).queryParam("size", 2).queryParam("page", page)
                    .get("/api/v1/emc/scores/766").then().statusCode(200).extract().jsonPath();
            assertThat(one.getLong("totalUnits")).isEqualTo(4);
            rows.addAll(one.getList("rows"));
        }
        assertThat(rows).hasSize(4 * 17);
        for (String unit : List.of(province, atThreshold, below, empty)) {
            JsonPath score = score(unit);
            List<Map<String, Object>> ofUnit = rows.stream().filter(row -> unit.equals(row.get("unitCode"))).toList();
            assertThat(ofUnit).extracting(row -> row.get("part")).as(unit).containsExactlyElementsOf(score.getList("parts.code"));
            assertThat(ofUnit).extracting(row -> row.get("points")).as(unit).containsExactlyElementsOf(score.getList("parts.points"));
            assertThat(ofUnit).extracting(row -> row.get("numerator")).as(unit).containsExactlyElementsOf(score.getList("parts.numerator"));
        }
        assertThat(rows).filteredOn(row -> empty.equals(row.get("unitCode")) && "FEEDBACK_ON_TIME".equals(row.get("part")))
                .extracting(row -> row.get("nationalCode")).containsExactly("PETITION_PROCESSING_ON_TIME");
    }

    private void aDistrictsKeyReadsItsOwnScoreAndFeedbackOnly() {
        String key = given().contentType(ContentType.JSON).body(Map.of("name", "UBND " + atThreshold, "role", "unit",
                "unitCode", atThreshold)).post("/api/v1/api-keys").then().statusCode(201).extract().jsonPath().getString("token");
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> given().header("X-API-Key", key).queryParams(JUNE)
                .queryParam("unit", atThreshold).get("/api/v1/scores/766").statusCode() == 200);
        given().header("X-API-Key", key).queryParams(JUNE).queryParam("unit", below).get("/api/v1/scores/766").then()
                .statusCode(403).contentType("application/problem+json");
        given().header("X-API-Key", key).queryParams(JUNE).queryParam("unit", below).get("/api/v1/emc/scores/766").then()
                .statusCode(403);
        given().header("X-API-Key", key).get("/api/v1/feedback-items/" + run + "-F1").then().statusCode(200);
        given().header("X-API-Key", key).get("/api/v1/feedback-items/" + run + "-F2").then().statusCode(404);
    }

    private List<Map<String, Object>> tenDossiers(String unit, int reused) {
        List<Map<String, Object>> events = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String dossier = dossier(unit, i);
            events.add(Map.of("eventId", dossier + "/r", "dossierId", dossier, "status", "RECEIVED", "occurredAt",
                    "2022-06-01T09:00:00+07:00", "unitCode", unit, "serviceCode", service, "channel", "ONLINE",
                    "dueAt", "2022-06-10T17:00:00+07:00"));
            events.add(Map.of("eventId", dossier + "/k", "dossierId", dossier, "status", "RESOLVED", "occurredAt",
                    "2022-06-06T10:00:00+07:00"));
            if (i < reused) {
                events.add(Map.of("eventId", dossier + "/u", "dossierId", dossier, "status", "DATA_REUSED", "occurredAt",
                        "2022-06-01T09:00:00+07:00"));
            }
        }
        return events;
    }

    private String dossier(String unit, int i) {
        return unit + "-D" + i;
    }

    private Map<String, Object> rating(String unit, int i) {
        return Map.of("Id", dossier(unit, i) + "-DG", "MaHoSo", dossier(unit, i), "DanhGia", "KHÔNG HÀI LÒNG",
                "ThoiGianDanhGia", "20220607090000");
    }

    private Map<String, Object> feedback(String id, String unit, String handledAt) {
        return new HashMap<>(Map.of("id", run + "-" + id, "unitCode", unit, "receivedAt", "2022-06-01T09:00:00",
                "steps", List.of(Map.of("kind", "HANDLED", "at", handledAt)), "likes", 0, "dislikes", 0));
    }

    private static JsonPath score(String unit) {
        return given().queryParams(JUNE).queryParam("unit", unit).get("/api/v1/scores/766").then().statusCode(200)
                .extract().jsonPath();
    }

    private static JsonPath part(JsonPath score, String code) {
        return new JsonPath(score.prettify()).setRootPath("parts.find { it.code == '" + code + "' }");
    }

    private static void assertPart(JsonPath score, String code, long numerator, long denominator, Double points) {
        JsonPath part = part(score, code);
        assertThat(List.of(part.getLong("numerator"), part.getLong("denominator"))).as(code).containsExactly(numerator, denominator);
        if (points == null) {
            assertThat(part.getString("points")).as(code).isNull();
        } else {
            assertThat(part.getDouble("points")).as(code).isEqualTo(points, within(0.001));
        }
    }
}
