package vn.dvc.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
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
 * Feedback items (phản ánh, kiến nghị) through the gateway, by the endpoint and by a history file, and the two Decision
 * 766 feedback parts they feed (docs/counting-rules.md), computed here by hand with the suite's holiday calendar (1 and
 * 2 September 2025 are holidays): 15 working days to handle from receipt or the latest transfer, 2 to refuse, 2 to make
 * the answer public; items told twice, out of order, or with their sender's details — which are never kept.
 */
class FeedbackItemsThroughGatewayTest {

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String province = "FB-" + run;
    private final String department = "FB-" + run + ".S1";
    private final String otherDepartment = "FB-" + run + ".S2";
    private final String service = "FB-" + run + "-S";

    @BeforeAll
    static void suite() {
        RestAssured.baseURI = RunningSuite.gateway().toString();
        RestAssured.port = RunningSuite.gateway().getPort();
    }

    private String id(String name) {
        return run + "-" + name;
    }

    private Map<String, Object> item(String name, String receivedAt, List<Map<String, Object>> steps, int likes, int dislikes,
                                     boolean reRaised) {
        Map<String, Object> item = new HashMap<>(Map.of("id", id(name), "unitCode", department, "receivedAt", receivedAt,
                "steps", steps, "likes", likes, "dislikes", dislikes, "reRaised", reRaised));
        item.put("senderName", "Phạm Văn Dũng");
        item.put("senderPhone", "0912345678");
        item.put("content", "Đường vào xã bị ngập");
        return item;
    }

    private static Map<String, Object> step(String kind, String at) {
        return Map.of("kind", kind, "at", at);
    }

    private Map<String, Object> transfer(String at, String to) {
        return Map.of("kind", "Chuyển xử lý", "at", at, "toUnit", to);
    }

    @Test
    void bothFeedbackPartsCountWorkingDaysTransfersAndLikesAsComputedByHand() {
        given().contentType(ContentType.JSON).body(List.of(Map.of("code", province, "name", "Tỉnh", "tier", "PROVINCE"),
                Map.of("code", department, "name", "Sở", "tier", "DEPARTMENT", "parentCode", province),
                Map.of("code", otherDepartment, "name", "Sở khác", "tier", "DEPARTMENT", "parentCode", province)))
                .put("/api/v1/units").then().statusCode(200);
        given().contentType(ContentType.JSON).body(List.of(Map.of("code", service, "name", "Thủ tục", "field", "Tư pháp",
                "feeBearing", false, "offerings", List.of(Map.of("tier", "DEPARTMENT", "level", 4))))).put("/api/v1/services")
                .then().statusCode(200);
        List<Map<String, Object>> dossierEvents = new ArrayList<>();
        for (String dossier : List.of(id("D1"), id("D2"))) {
            dossierEvents.add(Map.of("eventId", dossier + "/r", "dossierId", dossier, "status", "RECEIVED", "occurredAt",
                    "2025-09-03T08:00:00+07:00", "unitCode", department, "serviceCode", service, "channel", "ONLINE",
                    "dueAt", "2025-09-30T17:00:00+07:00"));
            dossierEvents.add(Map.of("eventId", dossier + "/k", "dossierId", dossier, "status", "RESOLVED", "occurredAt",
                    "2025-09-10T10:00:00+07:00"));
        }
        given().contentType(ContentType.JSON).body(dossierEvents).post("/api/v1/dossier-events/batch").then().statusCode(202);

        Map<String, Object> f8 = item("F8", "2025-09-20T09:00:00", List.of(step("HANDLED", "2025-09-26T09:00:00")), 0, 0, false);
        f8.put("dossierId", id("D1"));
        List<Map<String, Object>> items = List.of(
                // Fri 29 Aug: the 15th working day after it, past the holidays, is Tue 23 Sep — in time
                item("F1", "20250829090000", List.of(step("Đã xử lý", "20250923100000")), 3, 1, false),
                item("F2", "2025-08-29T09:00:00", List.of(step("HANDLED", "2025-09-24T10:00:00")), 0, 0, false),
                // moved on Fri 5 and again on Wed 10 Sep: 15 working days from the 10th is Wed 1 Oct
                item("F3", "2025-09-03T09:00:00", List.of(transfer("2025-09-10T09:00:00", department),
                        step("HANDLED", "2025-09-30T15:00:00")), 1, 5, false),
                // refused on Thu 11, after the 2 working days from Mon 8
                item("F4", "2025-09-08T09:00:00", List.of(step("Từ chối", "2025-09-11T09:00:00")), 0, 0, false),
                // answered Tue 16, made public Thu 18 — in time, but raised again
                item("F5", "2025-09-15T09:00:00", List.of(step("HANDLED", "2025-09-16T09:00:00"),
                        step("Công khai", "2025-09-18T09:00:00")), 0, 0, true),
                // still open at the end of September: in time until mid-October
                item("F6", "2025-09-25T09:00:00", List.of(), 0, 0, false),
                item("F7", "2025-07-31T09:00:00", List.of(step("HANDLED", "2025-08-01T09:00:00")), 0, 0, false),
                f8);
        assertThat(take(items).getList("outcome")).containsOnly("ACCEPTED");
        // told again: the first transfer arrives late and alone, F2 with more dislikes, F5 as it was
        List<Map<String, Object>> later = List.of(
                item("F3", "2025-09-03T09:00:00", List.of(transfer("2025-09-05T09:00:00", otherDepartment)), 0, 0, false),
                item("F2", "2025-08-29T09:00:00", List.of(), 0, 2, false),
                item("F5", "2025-09-15T09:00:00", List.of(step("HANDLED", "2025-09-16T09:00:00")), 0, 0, true),
                Map.of("id", id("BAD"), "unitCode", department, "receivedAt", "hôm qua", "steps", List.of(step("Xóa", "2025-09-01T09:00:00"))));
        JsonPath laterOutcomes = take(later);
        assertThat(laterOutcomes.getList("outcome")).containsExactly("UPDATED", "UPDATED", "DUPLICATE", "REJECTED");
        assertThat(laterOutcomes.getList("[3].problem.violations.field")).containsExactlyInAnyOrder("receivedAt", "steps[0].kind");

        // received in Aug–Sep: F1–F6, F8 (7); in time F1, F3, F5, F6, F8 → 6 × 5/7; satisfied F1, F6, F8 → 6 × 3/7
        awaitParts(5, 3, 7, 4.29, 2.57);
        JsonPath f3 = given().get("/api/v1/feedback-items/" + id("F3")).then().statusCode(200).extract().jsonPath();
        assertThat(f3.getList("steps.kind")).containsExactly("TRANSFERRED", "TRANSFERRED", "HANDLED");
        assertThat(f3.getInt("version")).isEqualTo(2);
        assertThat(f3.prettify()).doesNotContain("Phạm Văn Dũng").doesNotContain("0912345678").doesNotContain("ngập");
        // D1 is the subject of F8: resolved in time but complained of → procedure satisfaction 1 of 2 → 6 × 0.5 ÷ 0.9
        assertThat(given().get("/api/v1/dossiers/" + id("D1")).then().extract().jsonPath().getBoolean("feedbackRaised")).isTrue();
        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(part(score(), "PROCEDURE_SATISFACTION").getDouble("points")).isEqualTo(3.33));

        // a history file: F9 answered in time and liked; the sender's column is never read
        String file = "Mã PAKN,Đơn vị tiếp nhận,Ngày tiếp nhận,Ngày xử lý xong,Lượt thích,Người gửi\n"
                + id("F9") + "," + department + ",22/09/2025 08:00,24/09/2025 09:00,2,Lê Thị E\n";
        String importId = given().contentType("text/csv").body(file.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/imports?name=pakn.csv").then().statusCode(202).extract().path("id");
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> "DONE".equals(given().get("/api/v1/imports/" + importId)
                .then().extract().path("status")));
        assertThat(given().get("/api/v1/imports/" + importId).then().extract().jsonPath().getString("kind")).isEqualTo("feedback-items");
        // 8 items: in time 6 → 6 × 6/8; satisfied 4 → 6 × 4/8
        awaitParts(6, 4, 8, 4.5, 3.0);
    }

    private JsonPath take(List<Map<String, Object>> items) {
        return given().contentType(ContentType.JSON).body(items).post("/api/v1/feedback-items").then().statusCode(202)
                .extract().jsonPath();
    }

    private JsonPath score() {
        return given().queryParam("unit", province).queryParam("from", "2025-08-01").queryParam("to", "2025-10-01")
                .get("/api/v1/scores/766").then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath part(JsonPath score, String code) {
        return new JsonPath(score.prettify()).setRootPath("parts.find { it.code == '" + code + "' }");
    }

    private void awaitParts(int inTime, int satisfied, int items, double onTimePoints, double satisfactionPoints) {
        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonPath score = score();
            assertThat(List.of(part(score, "FEEDBACK_ON_TIME").getInt("numerator"), part(score, "FEEDBACK_ON_TIME").getInt("denominator")))
                    .containsExactly(inTime, items);
            assertThat(List.of(part(score, "FEEDBACK_SATISFACTION").getInt("numerator"),
                    part(score, "FEEDBACK_SATISFACTION").getInt("denominator"))).containsExactly(satisfied, items);
            assertThat(part(score, "FEEDBACK_ON_TIME").getDouble("points")).isEqualTo(onTimePoints);
            assertThat(part(score, "FEEDBACK_SATISFACTION").getDouble("points")).isEqualTo(satisfactionPoints);
        });
    }
}
