package vn.dvc.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Procedure publications through the gateway, by the endpoint and by a history file, and the four Decision 766 parts
 * they feed (docs/counting-rules.md), computed here by hand: decided at least 5 working days before the legal basis
 * takes effect, made public within 5 working days of the decision, all seven content parts, procedures open to people
 * with a dossier that used resident data.
 */
class ProcedurePublicationsThroughGatewayTest {

    private static final List<String> ALL_PARTS = List.of("NAME", "STEPS", "CHANNELS", "COMPONENTS", "TIME_LIMIT", "APPLICANTS", "AGENCY");

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String province = "PB-" + run;
    private final String department = "PB-" + run + ".S1";

    @BeforeAll
    static void suite() {
        RestAssured.baseURI = RunningSuite.gateway().toString();
        RestAssured.port = RunningSuite.gateway().getPort();
    }

    private String procedure(int i) {
        return "PB-" + run + "-T" + i;
    }

    private Map<String, Object> record(int i, String decidedOn, String effectiveOn, String publishedAt, List<String> parts,
                                       String change, List<String> applicants) {
        Map<String, Object> record = new HashMap<>(Map.of("id", "QD-" + run + "/" + i, "procedureCode", procedure(i), "unitCode", province,
                "decisionNumber", i + "/QĐ-UBND", "decidedOn", decidedOn, "change", change, "contentParts", parts,
                "applicantKinds", applicants));
        if (effectiveOn != null) {
            record.put("legalBasisEffectiveOn", effectiveOn);
        }
        if (publishedAt != null) {
            record.put("publishedAt", publishedAt);
        }
        return record;
    }

    @Test
    void theFourPartsCountDecisionsPublicationsContentAndResidentDataAsComputedByHand() {
        RunningSuite.provinceWithADepartmentAndAService(province, department, procedure(1));
        given().contentType(ContentType.JSON).body(List.of(
                Map.of("eventId", procedure(1) + "/d/r", "dossierId", procedure(1) + "-D", "status", "RECEIVED", "occurredAt",
                        "2022-06-10T08:00:00+07:00", "unitCode", department, "serviceCode", procedure(1), "channel", "ONLINE",
                        "dueAt", "2022-06-20T17:00:00+07:00"),
                Map.of("eventId", procedure(1) + "/d/v", "dossierId", procedure(1) + "-D", "status", "RESIDENT_DATA_USED",
                        "occurredAt", "2022-06-10T08:00:00+07:00"))).post("/api/v1/dossier-events/batch").then().statusCode(202);

        List<Map<String, Object>> records = List.of(
                // decided Mon 6 June, the legal basis in effect Mon 13: on time; made public on the 13th, the 5th working day
                record(1, "2022-06-06", "2022-06-13", "2022-06-13T16:00:00", ALL_PARTS, "Ban hành mới", List.of("CITIZEN")),
                // decided Tue 7: late both ways; six parts
                record(2, "2022-06-07", "2022-06-13", "20220615080000", ALL_PARTS.subList(0, 6), "AMENDED", List.of("Doanh nghiệp")),
                // no effective date told, still awaiting publication at the end of June
                record(3, "2022-06-20", null, null, List.of(), "ADDED", List.of("Công dân Việt Nam")),
                // decided and public in May: only a procedure open to people
                record(4, "2022-05-20", "2022-06-01", "2022-05-25T08:00:00", ALL_PARTS, "ADDED", List.of("CITIZEN", "BUSINESS")));
        assertThat(take(records).getList("outcome")).containsOnly("ACCEPTED");
        JsonPath again = take(List.of(records.get(0), Map.of("id", "QD-" + run + "/x", "procedureCode", procedure(9), "unitCode", province,
                "decisionNumber", "9/QĐ", "decidedOn", "06/2022", "change", "Xóa")));
        assertThat(again.getList("outcome")).containsExactly("DUPLICATE", "REJECTED");
        assertThat(again.getList("[1].problem.violations.field")).containsExactlyInAnyOrder("decidedOn", "change");

        // decided in June 1, 2, 3: on time 1 → 6 × 1/3; public in June 1, 2 and awaiting 3: in time 1 → 4 × 1/3;
        // public in June with all seven parts: 1 of 2 → 2 × 1/2; open to people T1, T3, T4, of which T1 used resident data → 2 × 1/3
        awaitParts(List.of(1, 3, 1, 3, 1, 2, 1, 3), List.of(2.0, 1.33, 1.0, 0.67));

        // T3 made public on Fri 24 June, the 4th working day after its decision; told without its parts, which stay none
        assertThat(take(List.of(record(3, "2022-06-20", null, "2022-06-24T10:00:00", List.of(), "ADDED", List.of())))
                .getList("outcome")).containsExactly("UPDATED");
        awaitParts(List.of(1, 3, 2, 3, 1, 3, 1, 3), List.of(2.0, 2.67, 0.67, 0.67));

        // a history file: T5 decided 1 June, in effect the 20th, public on the 2nd with all seven parts, for businesses
        String file = "Mã công bố,Mã TTHC,Đơn vị công bố,Số quyết định,Ngày quyết định,Loại công bố,Ngày hiệu lực,Ngày công khai,"
                + "Bộ phận nội dung,Đối tượng thực hiện\n"
                + "QD-" + run + "/5," + procedure(5) + "," + province + ",5/QĐ-UBND,01/06/2022,Sửa đổi bổ sung,20/06/2022,02/06/2022 09:00,"
                + "\"" + String.join(",", ALL_PARTS) + "\",Doanh nghiệp\n";
        String id = given().contentType("text/csv").body(file.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/imports?name=cong-bo.csv").then().statusCode(202).extract().path("id");
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> "DONE".equals(given().get("/api/v1/imports/" + id)
                .then().extract().path("status")));
        JsonPath imported = given().get("/api/v1/imports/" + id).then().extract().jsonPath();
        assertThat(List.of(imported.getString("kind"), imported.getString("accepted"))).containsExactly("procedure-publications", "1");
        awaitParts(List.of(2, 4, 3, 4, 2, 4, 1, 3), List.of(3.0, 3.0, 1.0, 0.67));
    }

    private JsonPath take(List<Map<String, Object>> records) {
        return given().contentType(ContentType.JSON).body(records).post("/api/v1/procedure-publications").then().statusCode(202)
                .extract().jsonPath();
    }

    /** Numerator and denominator of the four parts in order, then their points. */
    private void awaitParts(List<Integer> sides, List<Double> points) {
        List<String> parts = List.of("PUBLISHED_ON_TIME", "UPDATED_ON_TIME", "COMPLETE_CONTENT", "PROCEDURES_LINKED_RESIDENT_DATA");
        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonPath score = given().queryParam("unit", province).queryParam("from", "2022-06-01").queryParam("to", "2022-07-01")
                    .get("/api/v1/scores/766").then().statusCode(200).extract().jsonPath();
            for (int i = 0; i < parts.size(); i++) {
                JsonPath part = new JsonPath(score.prettify()).setRootPath("parts.find { it.code == '" + parts.get(i) + "' }");
                assertThat(List.of(part.getInt("numerator"), part.getInt("denominator"))).as(parts.get(i))
                        .containsExactly(sides.get(2 * i), sides.get(2 * i + 1));
                assertThat(part.getDouble("points")).as(parts.get(i)).isEqualTo(points.get(i));
            }
        });
    }
}
