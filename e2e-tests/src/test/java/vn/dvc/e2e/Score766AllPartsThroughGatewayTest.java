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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A province's June 2022 with every kind of input the Decision 766 score reads — dossier events and their annotations,
 * payments, a self-reported total, ratings, feedback items, procedure publications — and all seventeen parts, all 100
 * points, computed here by hand (docs/counting-rules.md, "Decision 766 score"; no holiday falls in June 2022).
 */
class Score766AllPartsThroughGatewayTest {

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String province = "SA-" + run;
    private final String district = province + ".H1";
    private final String commune = province + ".H1.X1";
    private final String otherCommune = province + ".H1.X2";
    private final String service = "SA-" + run + "-S";
    private final String otherService = "SA-" + run + "-S2";

    @BeforeAll
    static void suite() {
        RestAssured.baseURI = RunningSuite.gateway().toString();
        RestAssured.port = RunningSuite.gateway().getPort();
    }

    private String dossier(int i) {
        return "SA-" + run + "-" + i;
    }

    private Map<String, Object> event(int i, String step, String status, String at) {
        return new HashMap<>(Map.of("eventId", dossier(i) + "/" + step, "dossierId", dossier(i), "status", status, "occurredAt", at));
    }

    @Test
    void aFullyFedProvinceScoresOnAllHundredPointsAsComputedByHand() {
        given().contentType(ContentType.JSON).body(List.of(Map.of("code", province, "name", "Tỉnh " + run, "tier", "PROVINCE"),
                Map.of("code", district, "name", "Huyện", "tier", "DISTRICT", "parentCode", province),
                Map.of("code", commune, "name", "Xã Một", "tier", "COMMUNE", "parentCode", district),
                Map.of("code", otherCommune, "name", "Xã Hai", "tier", "COMMUNE", "parentCode", district))).put("/api/v1/units")
                .then().statusCode(200);
        given().contentType(ContentType.JSON).body(List.of(Map.of("code", service, "name", "Thủ tục", "field", "Tư pháp", "feeBearing", true,
                "offerings", List.of(Map.of("tier", "DISTRICT", "onlineMode", "FULL"), Map.of("tier", "COMMUNE", "onlineMode", "FULL")))))
                .put("/api/v1/services").then().statusCode(200);

        // ten dossiers received Wed 1 June, due Fri 10: 0–8 at the district, 9 at a commune; 0–5 online; 0–7 digitised;
        // 0–4 with a fee; 0–7 resolved Mon 6, 8–9 late on the 15th; e-results 0–5; re-used data 0–7; from the data
        // store 0–4, resident data also 5; 9 made an e-certified copy
        List<Map<String, Object>> events = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            Map<String, Object> received = event(i, "r", "RECEIVED", "2022-06-01T09:00:00+07:00");
            received.putAll(Map.of("unitCode", i < 9 ? district : commune, "serviceCode", service, "channel", i < 6 ? "ONLINE" : "DIRECT",
                    "dueAt", "2022-06-10T17:00:00+07:00", "inputsDigitised", i < 8, "feeRequired", i < 5));
            events.add(received);
            Map<String, Object> resolved = event(i, "k", "RESOLVED", i < 8 ? "2022-06-06T10:00:00+07:00" : "2022-06-15T10:00:00+07:00");
            resolved.put("electronicResult", i < 6);
            events.add(resolved);
            if (i < 8) {
                events.add(event(i, "u", "DATA_REUSED", "2022-06-01T09:00:00+07:00"));
            }
            if (i < 5) {
                events.add(event(i, "s", "FROM_PERSONAL_STORE", "2022-06-01T09:00:00+07:00"));
            }
        }
        events.add(event(5, "v", "RESIDENT_DATA_USED", "2022-06-01T09:00:00+07:00"));
        events.add(event(9, "c", "E_CERTIFIED_COPY", "2022-06-02T09:00:00+07:00"));
        given().contentType(ContentType.JSON).body(events).post("/api/v1/dossier-events/batch").then().statusCode(202);

        List<Map<String, Object>> payments = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            payments.add(Map.of("transactionId", "SA-" + run + "-P" + i, "dossierId", dossier(i), "unitCode", district, "field", "Tư pháp",
                    "kind", "FEE", "amountVnd", 50_000, "status", "SUCCESS", "paidAt", "2022-06-01T10:00:00+07:00", "provider", "VNPAY"));
        }
        // payment-service takes the units from the catalogue's topic: sent again until it knows the district
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> given().contentType(ContentType.JSON).body(payments)
                .post("/api/v1/payments/batch").then().statusCode(202).extract().jsonPath().getList("outcome").stream()
                .allMatch(outcome -> "ACCEPTED".equals(outcome) || "DUPLICATE".equals(outcome)));
        RunningSuite.awaitUnitsKnown("/api/v1/reports/completion", Map.of("period", "2022-Q2"), district);
        given().contentType(ContentType.JSON).body(Map.of("unitCode", district, "from", "2022-06-01", "to", "2022-07-01", "total", 11,
                "source", "sổ tiếp nhận")).post("/api/v1/dossier-totals").then().statusCode(202);
        given().contentType(ContentType.JSON).body(List.of(Map.of("Id", run + "-DG1", "MaHoSo", dossier(1), "DanhGia", "KHÔNG HÀI LÒNG",
                "ThoiGianDanhGia", "20220607090000"))).post("/api/v1/dossier-ratings").then().statusCode(202);
        given().contentType(ContentType.JSON).body(List.of(
                feedback("F1", "2022-06-01T09:00:00", "2022-06-10T09:00:00", 2, 0, null),
                feedback("F2", "2022-06-01T09:00:00", "2022-06-30T09:00:00", 0, 0, null),
                feedback("F3", "2022-06-02T09:00:00", "2022-06-08T09:00:00", 1, 3, null),
                feedback("F4", "2022-06-07T09:00:00", "2022-06-09T09:00:00", 0, 0, dossier(2))))
                .post("/api/v1/feedback-items").then().statusCode(202);
        List<String> allParts = List.of("NAME", "STEPS", "CHANNELS", "COMPONENTS", "TIME_LIMIT", "APPLICANTS", "AGENCY");
        given().contentType(ContentType.JSON).body(List.of(
                Map.of("id", run + "/R1", "procedureCode", service, "unitCode", province, "decisionNumber", "1/QĐ-UBND",
                        "decidedOn", "2022-06-06", "change", "ADDED", "legalBasisEffectiveOn", "2022-06-20",
                        "publishedAt", "2022-06-08T09:00:00", "contentParts", allParts, "applicantKinds", List.of("CITIZEN")),
                Map.of("id", run + "/R2", "procedureCode", otherService, "unitCode", province, "decisionNumber", "2/QĐ-UBND",
                        "decidedOn", "2022-06-13", "change", "ADDED", "legalBasisEffectiveOn", "2022-06-15",
                        "publishedAt", "2022-06-27T09:00:00", "contentParts", allParts.subList(0, 6), "applicantKinds", List.of("CITIZEN"))))
                .post("/api/v1/procedure-publications").then().statusCode(202);

        Map<String, List<Number>> expected = new LinkedHashMap<>();
        // part: numerator, denominator, points
        expected.put("PUBLISHED_ON_TIME", List.of(1, 2, 3.0));            // R1 decided a week before it takes effect; R2 two days
        expected.put("UPDATED_ON_TIME", List.of(1, 2, 2.0));              // R1 public in 2 working days; R2 in 10
        expected.put("COMPLETE_CONTENT", List.of(1, 2, 1.0));             // R2 lacks the agency
        expected.put("DOSSIERS_SYNCHRONISED", List.of(10, 12, 5.0));      // the district reported 11, the portal has 9 of its own
        expected.put("RESOLUTION_PROGRESS", List.of(8, 10, 16.0));
        expected.put("FULLY_ONLINE_DOSSIERS", List.of(6, 10, 12.0));      // 60 % is above the 50 % threshold
        expected.put("ONLINE_PAYMENT", List.of(4, 5, 8.0));
        expected.put("E_RESULTS", List.of(6, 10, 4.5));                   // 6 × 0.6 ÷ 0.8
        expected.put("DIGITISED_INPUTS", List.of(8, 10, 4.0));            // at the 80 % threshold
        expected.put("E_CERTIFIED_COPIES", List.of(1, 2, 1.0));           // one of the two communes
        expected.put("REUSE", List.of(8, 10, 2.0));
        expected.put("NATIONAL_STORE_LINK", List.of(5, 10, 2.0));
        expected.put("RESIDENT_DATA_USED", List.of(6, 10, 1.2));
        expected.put("PROCEDURES_LINKED_RESIDENT_DATA", List.of(1, 2, 1.0)); // S has dossiers with resident data, S2 none
        expected.put("FEEDBACK_ON_TIME", List.of(3, 4, 4.5));             // F2 answered on the 21st working day
        expected.put("FEEDBACK_SATISFACTION", List.of(2, 4, 3.0));        // F2 late, F3 more disliked than liked
        expected.put("PROCEDURE_SATISFACTION", List.of(6, 10, 4.0));      // in time 8, less 1 (rated unsatisfied) and 2 (F4): 6 × 0.6 ÷ 0.9
        Awaitility.await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
            JsonPath score = given().queryParam("unit", province).queryParam("from", "2022-06-01").queryParam("to", "2022-07-01")
                    .get("/api/v1/scores/766").then().statusCode(200).extract().jsonPath();
            expected.forEach((code, sides) -> {
                JsonPath part = new JsonPath(score.prettify()).setRootPath("parts.find { it.code == '" + code + "' }");
                assertThat(List.of(part.getLong("numerator"), part.getLong("denominator"))).as(code)
                        .containsExactly(sides.get(0).longValue(), sides.get(1).longValue());
                assertThat(part.getDouble("points")).as(code).isEqualTo(sides.get(2).doubleValue(), within(0.001));
                assertThat(part.getString("missing")).as(code).isNull();
            });
            assertThat(score.getInt("measuredMax")).isEqualTo(100);
            assertThat(score.getDouble("measuredPoints")).as("the sum of the parts").isEqualTo(74.2, within(0.001));
        });
    }

    private Map<String, Object> feedback(String id, String receivedAt, String handledAt, int likes, int dislikes, String dossierId) {
        Map<String, Object> item = new HashMap<>(Map.of("id", run + "-" + id, "unitCode", district, "receivedAt", receivedAt,
                "steps", List.of(Map.of("kind", "HANDLED", "at", handledAt)), "likes", likes, "dislikes", dislikes));
        if (dossierId != null) {
            item.put("dossierId", dossierId);
        }
        return item;
    }
}
