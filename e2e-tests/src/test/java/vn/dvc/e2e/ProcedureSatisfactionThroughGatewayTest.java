package vn.dvc.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Applicants' satisfaction ratings in the shape one-stop-shop systems keep them (DanhGiaHaiLong), by the ratings
 * endpoint and by a history file, and the Decision 766 procedure satisfaction part they feed (docs/counting-rules.md):
 * resolved in time, neither rated "không hài lòng" (the latest rating by its own time) nor complained of ÷ resolved —
 * computed here by hand; who rated and what they wrote are never kept.
 */
class ProcedureSatisfactionThroughGatewayTest {

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String province = "PS-" + run;
    private final String department = "PS-" + run + ".S1";
    private final String service = "PS-" + run + "-S";

    @BeforeAll
    static void suite() {
        RestAssured.baseURI = RunningSuite.gateway().toString();
        RestAssured.port = RunningSuite.gateway().getPort();
    }

    private String dossier(int i) {
        return "PS-" + run + "-" + i;
    }

    private Map<String, Object> rating(String id, String dossier, String rating, String at) {
        return Map.of("Id", run + "-" + id, "MaHoSo", dossier, "DanhGia", rating, "ThoiGianDanhGia", at, "LoaiDanhGia", "CongDan",
                "NguoiDanhGia", "Trần Thị Bích", "NoiDungDanhGia", "Cán bộ hướng dẫn chưa rõ");
    }

    @Test
    void theLatestRatingOfEachDossierAndItsFeedbackDecideThePartAndNothingPersonalIsKept() {
        RunningSuite.provinceWithADepartmentAndAService(province, department, service);
        // ten dossiers received on 1 June, due on the 10th: 0–7 resolved on the 5th, 8–9 late on the 15th
        List<Map<String, Object>> events = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            events.add(Map.of("eventId", dossier(i) + "/r", "dossierId", dossier(i), "status", "RECEIVED",
                    "occurredAt", "2022-06-01T08:00:00+07:00", "unitCode", department, "serviceCode", service,
                    "channel", "ONLINE", "dueAt", "2022-06-10T17:00:00+07:00"));
            events.add(Map.of("eventId", dossier(i) + "/k", "dossierId", dossier(i), "status", "RESOLVED",
                    "occurredAt", i < 8 ? "2022-06-05T10:00:00+07:00" : "2022-06-15T10:00:00+07:00"));
        }
        events.add(Map.of("eventId", dossier(3) + "/p", "dossierId", dossier(3), "status", "FEEDBACK_RAISED",
                "occurredAt", "2022-06-06T10:00:00+07:00"));
        given().contentType(ContentType.JSON).body(events).post("/api/v1/dossier-events/batch").then().statusCode(202);

        List<String> outcomes = given().contentType(ContentType.JSON).body(List.of(
                        // 0: unsatisfied, changed later to satisfied; 1: the other way round, sent latest first
                        rating("R0a", dossier(0), "KHÔNG HÀI LÒNG", "20220606090000"),
                        rating("R0b", dossier(0), "HÀI LÒNG", "20220608090000"),
                        rating("R1b", dossier(1), "Không hài lòng", "20220609090000"),
                        rating("R1a", dossier(1), "RẤT HÀI LÒNG", "20220606090000"),
                        rating("R2", dossier(2), "KHONG HAI LONG", "2022-06-07T09:00:00"),
                        rating("R8", dossier(8), "RẤT HÀI LÒNG", "20220616090000"),
                        rating("R0a", dossier(0), "KHÔNG HÀI LÒNG", "20220606090000"),
                        Map.of("Id", run + "-RX", "MaHoSo", dossier(5), "DanhGia", "tạm được", "ThoiGianDanhGia", "20220606090000")))
                .post("/api/v1/dossier-ratings").then().statusCode(202).extract().jsonPath().getList("outcome");
        assertThat(outcomes).containsExactly("ACCEPTED", "ACCEPTED", "ACCEPTED", "ACCEPTED", "ACCEPTED", "ACCEPTED",
                "DUPLICATE", "REJECTED");
        assertThat(given().contentType(ContentType.JSON).body(List.of(Map.of("MaHoSo", dossier(5), "DanhGia", "tạm được",
                        "ThoiGianDanhGia", "20220606090000"))).post("/api/v1/dossier-ratings").then().statusCode(202)
                .extract().jsonPath().getList("[0].problem.violations.field")).containsExactly("DanhGia");

        // resolved 10; in time 8 (0–7), less 1 and 2 (rated unsatisfied last) and 3 (a feedback item): 5
        // 50 % is below the 90 % threshold: 6 × 0.5 ÷ 0.9 = 3.33
        awaitPart(5, 10, 3.33);
        JsonPath zero = given().get("/api/v1/dossiers/" + dossier(0)).then().statusCode(200).extract().jsonPath();
        assertThat(zero.getString("rating")).isEqualTo("SATISFIED");
        assertThat(given().get("/api/v1/dossiers/" + dossier(1)).then().extract().jsonPath().getString("rating")).isEqualTo("UNSATISFIED");
        assertThat(given().get("/api/v1/dossiers/" + dossier(3)).then().extract().jsonPath().getBoolean("feedbackRaised")).isTrue();
        assertThat(zero.prettify()).as("who rated and what they wrote are never kept")
                .doesNotContain("Trần Thị Bích").doesNotContain("hướng dẫn").contains("CongDan");

        // a history file of ratings: dossier 4 rated unsatisfied, and one row already known
        String file = "Mã đánh giá,Mã hồ sơ,Mức độ hài lòng,Thời gian đánh giá,Người đánh giá\n"
                + run + "-F4," + dossier(4) + ",Không hài lòng,07/06/2022 10:00,Lê Văn C\n"
                + run + "-R0b," + dossier(0) + ",Hài lòng,08/06/2022 09:00,Lê Văn C\n";
        String id = given().contentType("text/csv").body(file.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/imports?name=danh-gia.csv").then().statusCode(202).extract().path("id");
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> "DONE".equals(importOf(id).getString("status")));
        JsonPath imported = importOf(id);
        assertThat(imported.getString("kind")).isEqualTo("dossier-ratings");
        assertThat(List.of(imported.getInt("accepted"), imported.getInt("rejected"))).containsExactly(1, 0);
        // R0b was sent as 'rating/R0b' by the endpoint: the file's row of it is the same rating
        assertThat(imported.getInt("duplicate")).isEqualTo(1);
        // 4 of 10: 6 × 0.4 ÷ 0.9 = 2.67
        awaitPart(4, 10, 2.67);

        // the national portal's published evaluation: it counted 12 dossiers for satisfaction (two more) and 3
        // e-results where the suite knows of none
        Map<String, Object> evaluation = Map.of("totalDossiers", 12, "metrics", List.of(
                Map.of("code", "DOSSIER_RECEIVING_SATISFACTION", "name", "Tỷ lệ hài lòng trong tiếp nhận, giải quyết TTHC",
                        "numerator", 4, "denominator", 12, "ratio", 33.33, "score", 2.22, "maxScore", 6),
                Map.of("code", "ORIGINAL_RESULT_AVAILABLE", "name", "Tỷ lệ hồ sơ có kết quả điện tử", "numerator", 3,
                        "denominator", 10, "ratio", 30.0, "score", 2.25, "maxScore", 6),
                Map.of("code", "RESOLUTION_PROGRESS", "numerator", 8, "denominator", 10, "ratio", 80.0, "score", 16.0, "maxScore", 20)));
        given().contentType(ContentType.JSON).body(Map.of("metrics", List.of(Map.of("code", "NO_SUCH_PART", "score", 1))))
                .queryParam("unit", province).queryParam("from", "2022-06-01").queryParam("to", "2022-07-01")
                .put("/api/v1/scores/766/national").then().statusCode(422).body("violations[0].field", equalTo("metrics[0].code"));
        assertThat(given().queryParam("unit", province).queryParam("from", "2022-06-01").queryParam("to", "2022-07-01")
                .get("/api/v1/scores/766/compare").then().statusCode(200).extract().jsonPath().getBoolean("evaluated"))
                .as("nothing put yet").isFalse();
        given().contentType(ContentType.JSON).body(evaluation).queryParam("unit", province).queryParam("from", "2022-06-01")
                .queryParam("to", "2022-07-01").put("/api/v1/scores/766/national").then().statusCode(200);
        JsonPath compared = given().queryParam("unit", province).queryParam("from", "2022-06-01").queryParam("to", "2022-07-01")
                .get("/api/v1/scores/766/compare").then().statusCode(200).extract().jsonPath();
        JsonPath satisfaction = new JsonPath(compared.prettify()).setRootPath("parts.find { it.code == 'PROCEDURE_SATISFACTION' }");
        assertThat(compared.getBoolean("evaluated")).isTrue();
        assertThat(satisfaction.getString("nationalCode")).isEqualTo("DOSSIER_RECEIVING_SATISFACTION");
        assertThat(satisfaction.getDouble("difference")).as("2.67 − 2.22").isEqualTo(0.45);
        assertThat(satisfaction.getList("inputs.input")).containsExactly("DENOMINATOR");
        assertThat(satisfaction.getLong("inputs[0].by")).isEqualTo(-2);
        JsonPath eResults = new JsonPath(compared.prettify()).setRootPath("parts.find { it.code == 'E_RESULTS' }");
        assertThat(eResults.getDouble("difference")).isEqualTo(-2.25);
        assertThat(eResults.getList("inputs.input")).containsExactly("NUMERATOR");
        assertThat(List.of(eResults.getLong("inputs[0].ours"), eResults.getLong("inputs[0].national"))).containsExactly(0L, 3L);
        // progress: 8 of the 10 resolved in time on both sides — no difference
        JsonPath progress = new JsonPath(compared.prettify()).setRootPath("parts.find { it.code == 'RESOLUTION_PROGRESS' }");
        assertThat(progress.getDouble("difference")).isEqualTo(0.0);
        assertThat(progress.getList("inputs")).isEmpty();
        assertThat(compared.getDouble("nationalPoints")).isEqualTo(20.47);
        assertThat(compared.getDouble("ourPoints")).as("2.67 + 0 + 16").isEqualTo(18.67);
        assertThat(new JsonPath(compared.prettify()).getString("parts.find { it.code == 'FEEDBACK_ON_TIME' }.national")).isNull();
    }

    private static JsonPath importOf(String id) {
        return given().get("/api/v1/imports/" + id).then().statusCode(200).extract().jsonPath();
    }

    private void awaitPart(int numerator, int denominator, double points) {
        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonPath kpis = given().queryParam("unit", province).queryParam("from", "2022-06-01").queryParam("to", "2022-07-01")
                    .get("/api/v1/kpis").then().statusCode(200).extract().jsonPath();
            assertThat(List.of(kpis.getInt("indicators.find { it.code == 'PROCEDURE_SATISFACTION' }.numerator"),
                    kpis.getInt("indicators.find { it.code == 'PROCEDURE_SATISFACTION' }.denominator")))
                    .containsExactly(numerator, denominator);
            JsonPath part = given().queryParam("unit", province).queryParam("from", "2022-06-01").queryParam("to", "2022-07-01")
                    .get("/api/v1/scores/766").then().statusCode(200).extract().jsonPath()
                    .setRootPath("parts.find { it.code == 'PROCEDURE_SATISFACTION' }");
            assertThat(List.of(part.getInt("numerator"), part.getInt("denominator"))).containsExactly(numerator, denominator);
            assertThat(part.getDouble("points")).isEqualTo(points);
        });
    }
}
