package vn.dvc.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The plan's tasks through the gateway (docs/counting-rules.md, "Campaign tasks"): the built-in campaign's tasks over a
 * tree of this test's own, reports by unit keys with the edges of a deadline day, a correction, and the bulletin's
 * "Nhiệm vụ quá hạn" and appendix 6.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CampaignTasksThroughGatewayTest {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
    private static final String PROVINCE = "NV" + RUN;
    private static final String DEPARTMENT = PROVINCE + ".S01";
    private static final String DISTRICT_ONE = PROVINCE + ".H01";
    private static final String DISTRICT_TWO = PROVINCE + ".H02";
    private static final String SHOP = DISTRICT_ONE + ".MC";
    private static final String COMMUNE = DISTRICT_ONE + ".X01";
    private static final String CAMPAIGN = "KH-170-2022";
    /** The plan's V.1: every department and district, its action plan before 07/6/2022 (due by the end of 06/6). */
    private static final String ACTION_PLAN = "V.1";
    /** IV.5: every district and commune, its community digital technology teams before 30/6/2022. */
    private static final String DIGITAL_TEAM = "IV.5";
    /** IV.4: led by the provincial police alone; no unit of this tree owes it. */
    private static final String POLICE_PILOT = "IV.4";

    private static String districtKey;

    @BeforeAll
    static void loadTree() {
        RunningSuite.gateway();
        given().contentType(ContentType.JSON).body(List.of(
                Map.of("code", PROVINCE, "name", "Tỉnh Nhiệm vụ " + RUN, "tier", "PROVINCE"),
                Map.of("code", DEPARTMENT, "name", "Sở Nội vụ " + RUN, "tier", "DEPARTMENT", "parentCode", PROVINCE),
                Map.of("code", DISTRICT_ONE, "name", "Huyện Một " + RUN, "tier", "DISTRICT", "parentCode", PROVINCE),
                Map.of("code", DISTRICT_TWO, "name", "Huyện Hai " + RUN, "tier", "DISTRICT", "parentCode", PROVINCE),
                Map.of("code", SHOP, "name", "Bộ phận Một cửa " + RUN, "tier", "DISTRICT", "parentCode", DISTRICT_ONE,
                        "kind", "ONE_STOP_SHOP"),
                Map.of("code", COMMUNE, "name", "Xã Một " + RUN, "tier", "COMMUNE", "parentCode", DISTRICT_ONE),
                Map.of("code", DISTRICT_ONE + ".X02", "name", "Xã Hai " + RUN, "tier", "COMMUNE", "parentCode", DISTRICT_ONE),
                Map.of("code", DISTRICT_TWO + ".X01", "name", "Phường Ba " + RUN, "tier", "COMMUNE", "parentCode", DISTRICT_TWO)))
                .put("/api/v1/units").then().statusCode(200);
        districtKey = given().contentType(ContentType.JSON).body(Map.of("name", "UBND " + DISTRICT_ONE, "role", "unit",
                "unitCode", DISTRICT_ONE)).post("/api/v1/api-keys").then().statusCode(201).extract().jsonPath().getString("token");
        Awaitility.await().atMost(Duration.ofSeconds(60)).ignoreExceptions().until(() -> task(board(null), DIGITAL_TEAM)
                .getInt("assignees") == 5);
    }

    @Test
    @Order(1)
    void theBuiltInCampaignCarriesThePlansTasksWithAnAssigneeForEveryUnitItNames() {
        JsonPath board = board(null);

        assertThat(board.getList("tasks.code", String.class)).containsExactly("IV.1", "IV.2", "IV.3", "IV.4", "IV.5",
                "IV.6", "IV.7", "IV.8", "IV.9", "IV.10", "V.1", "V.2", "V.2.1", "V.3", "V.4");
        // every department and district: the one-stop shop is a service point, not a body the plan assigns tasks to
        assertThat(task(board, ACTION_PLAN).getInt("assignees")).isEqualTo(3);
        assertThat(task(board, ACTION_PLAN).getList("obligations.unit", String.class))
                .containsExactlyInAnyOrder(DEPARTMENT, DISTRICT_ONE, DISTRICT_TWO);
        assertThat(task(board, ACTION_PLAN).getString("deadline.day")).isEqualTo("2022-06-06");
        assertThat(task(board, ACTION_PLAN).getBoolean("evidenceRequired")).isTrue();
        assertThat(task(board, DIGITAL_TEAM).getInt("assignees")).isEqualTo(5);
        assertThat(task(board, DIGITAL_TEAM).getString("planDeadline"))
                .isEqualTo("trước ngày 30/6/2022 phải thành lập và báo cáo về UBND tỉnh (qua Sở Thông tin và Truyền thông)");
        assertThat(task(board, "IV.1").getInt("assignees")).isEqualTo(6);
        // the service centre leads IV.3 with every body; a one-stop shop is a service point, not a body
        assertThat(task(board, "IV.3").getList("obligations.unit", String.class)).hasSize(6).doesNotContain(SHOP);
        assertThat(task(board, POLICE_PILOT).getInt("assignees")).isZero();
        // V.2: the provincial office's progress report every two days before 17:00, 01/6 to 31/8/2022
        assertThat(task(board, "V.2").getString("deadline.every")).isEqualTo("P2D");
        assertThat(task(board, "V.2").getString("deadline.time")).isEqualTo("17:00");
        assertThat(board.getLong("counts.overdue")).isGreaterThan(0);
    }

    @Test
    @Order(2)
    void reportsAreDecidedByLocalTimeAtTheEdgesOfTheDeadlineDayAndUnitKeysReportOnlyTheirOwn() {
        JsonPath onTime = report(districtKey, ACTION_PLAN, done(null, "2022-06-06T23:59:00+07:00", "15/KH-UBND", "2022-06-06"))
                .then().statusCode(200).extract().jsonPath();
        given().header("X-API-Key", RunningSuite.key("ops")).contentType(ContentType.JSON)
                .body(done(DEPARTMENT, "2022-06-07T00:01:00+07:00", "22/KH-SNV", "2022-06-07"))
                .post("/api/v1/campaigns/" + CAMPAIGN + "/tasks/" + ACTION_PLAN + "/reports").then().statusCode(200);

        assertThat(onTime.getString("outcome")).isEqualTo("ACCEPTED");
        assertThat(onTime.getString("obligation.status")).isEqualTo("DONE");
        assertThat(statusAt("2022-06-06T23:59:00+07:00", DISTRICT_TWO)).isEqualTo("OPEN");
        assertThat(statusAt("2022-06-07T00:01:00+07:00", DISTRICT_TWO)).isEqualTo("OVERDUE");
        assertThat(statusAt("2022-06-07T00:01:00+07:00", DISTRICT_ONE)).isEqualTo("DONE");
        assertThat(statusAt("2022-06-07T00:00:30+07:00", DEPARTMENT)).isEqualTo("OVERDUE");
        assertThat(statusAt("2022-06-07T00:01:00+07:00", DEPARTMENT)).isEqualTo("DONE_LATE");
        // the district's key: not for another unit, not on a task its unit does not owe; for a commune below it, yes
        report(districtKey, ACTION_PLAN, done(DISTRICT_TWO, "2022-06-06T10:00:00+07:00", "1/KH", "2022-06-06"))
                .then().statusCode(403).body("violations[0].field", equalTo("unit"));
        report(districtKey, POLICE_PILOT, done(null, "2022-06-20T10:00:00+07:00", "2/QĐ", "2022-06-20"))
                .then().statusCode(403).body("violations[0].field", equalTo("unit"));
        report(districtKey, DIGITAL_TEAM, done(COMMUNE, "2022-06-20T10:00:00+07:00", "2/QĐ-UBND", "2022-06-20"))
                .then().statusCode(200).body("obligation.status", equalTo("DONE"));
        // done needs the document; a report from the future is refused; nothing of either stored
        Map<String, Object> noDocument = new HashMap<>(Map.of("state", "DONE", "reportedAt", "2022-06-05T09:00:00+07:00"));
        report(districtKey, ACTION_PLAN, noDocument).then().statusCode(422)
                .body("violations[0].field", equalTo("evidence.documentNumber"));
        report(districtKey, ACTION_PLAN, done(null, "2099-01-01T00:00:00+07:00", "9/KH", "2022-06-06"))
                .then().statusCode(422).body("violations[0].field", equalTo("reportedAt"));
        assertThat(obligation(board("2022-06-07T00:01:00+07:00"), ACTION_PLAN, DISTRICT_ONE).getString("documentNumber"))
                .isEqualTo("15/KH-UBND");
    }

    @Test
    @Order(3)
    void aCorrectionReplacesTheEarlierReportAndTheSameReportAgainChangesNothing() {
        Map<String, Object> corrected = done(DEPARTMENT, "2022-06-06T16:30:00+07:00", "22/KH-SNV", "2022-06-06");

        JsonPath first = given().header("X-API-Key", RunningSuite.key("ops")).contentType(ContentType.JSON).body(corrected)
                .post("/api/v1/campaigns/" + CAMPAIGN + "/tasks/" + ACTION_PLAN + "/reports").then().statusCode(200)
                .extract().jsonPath();
        JsonPath again = given().header("X-API-Key", RunningSuite.key("ops")).contentType(ContentType.JSON).body(corrected)
                .post("/api/v1/campaigns/" + CAMPAIGN + "/tasks/" + ACTION_PLAN + "/reports").then().statusCode(200)
                .extract().jsonPath();

        assertThat(first.getString("outcome")).isEqualTo("UPDATED");
        assertThat(first.getInt("obligation.corrections")).isEqualTo(1);
        assertThat(again.getString("outcome")).isEqualTo("DUPLICATE");
        assertThat(statusAt("2022-06-07T00:01:00+07:00", DEPARTMENT)).isEqualTo("DONE");
        JsonPath overdueOnly = given().queryParam("unit", PROVINCE).queryParam("status", "overdue")
                .queryParam("at", "2022-06-07T00:01:00+07:00").get("/api/v1/campaigns/" + CAMPAIGN + "/tasks")
                .then().statusCode(200).extract().jsonPath();
        assertThat(task(overdueOnly, ACTION_PLAN).getList("obligations.unit", String.class)).containsExactly(DISTRICT_TWO);
        assertThat(overdueOnly.getLong("units.find { it.unit == '" + DISTRICT_TWO + "' }.counts.overdue")).isGreaterThan(0);
    }

    @Test
    @Order(4)
    void theBulletinListsTheOverdueTasksPerDepartmentAndDistrictAndAppendixSixTheTaskTable() throws Exception {
        JsonPath bulletin = given().post("/api/v1/bulletins").then().statusCode(201).extract().jsonPath();
        String two = "overdueTasks.find { it.unitCode == '" + DISTRICT_TWO + "' }";
        String one = "overdueTasks.find { it.unitCode == '" + DISTRICT_ONE + "' }";

        assertThat(bulletin.getString(two + ".tier")).isEqualTo("DISTRICT");
        assertThat(bulletin.getList(two + ".tasks.code", String.class)).contains(ACTION_PLAN, DIGITAL_TEAM);
        assertThat(bulletin.getList(two + ".tasks.find { it.code == '" + DIGITAL_TEAM + "' }.overdueUnits", String.class))
                .containsExactlyInAnyOrder("Huyện Hai " + RUN, "Phường Ba " + RUN);
        // district one did its action plan, and one of its two communes its team: the district and the other commune are overdue
        assertThat(bulletin.getList(one + ".tasks.code", String.class)).doesNotContain(ACTION_PLAN);
        assertThat(bulletin.getList(one + ".tasks.find { it.code == '" + DIGITAL_TEAM + "' }.overdueUnits", String.class))
                .containsExactlyInAnyOrder("Huyện Một " + RUN, "Xã Hai " + RUN);
        byte[] workbook = given().queryParam("format", "xlsx").get("/api/v1/bulletins/" + bulletin.getLong("id"))
                .then().statusCode(200).extract().asByteArray();
        try (XSSFWorkbook sheets = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            assertThat(sheets.getSheet("Nhiệm vụ quá hạn")).isNotNull();
        }

        JsonPath appendix = given().queryParam("from", "2022-06-01").queryParam("to", "2022-06-08").queryParam("unit", PROVINCE)
                .get("/api/v1/appendices/6").then().statusCode(200).extract().jsonPath();
        String line = "rows.find { it.code == '" + ACTION_PLAN + "' }";
        assertThat(appendix.getInt(line + ".assignees")).isEqualTo(3);
        assertThat(appendix.getInt(line + ".done")).isEqualTo(2);
        assertThat(appendix.getInt(line + ".overdue")).isEqualTo(1);
        assertThat(appendix.getString(line + ".overdueUnits")).isEqualTo("Huyện Hai " + RUN);
        given().queryParam("from", "2022-06-01").queryParam("to", "2022-06-08").queryParam("unit", PROVINCE)
                .queryParam("format", "xlsx").get("/api/v1/appendices/6").then().statusCode(200);
    }

    @Test
    @Order(5)
    void aTaskListWithAnUnknownTierOrAMalformedDeadlineIsRefusedWholeAndNamed() {
        String campaign = "TASKS-" + RUN;
        given().contentType(ContentType.JSON).body(Map.of("name", "Thử nhiệm vụ", "from", "2022-06-01", "to", "2022-09-01",
                "targets", Map.of("ONLINE_DOSSIER_SHARE", 50))).put("/api/v1/campaigns/" + campaign).then().statusCode(200);
        Map<String, Object> good = Map.of("code", "A", "title", "Báo cáo tuần", "lead", Map.of("units", List.of(DISTRICT_ONE)),
                "deadline", Map.of("kind", "RECURRING", "from", "2022-06-06", "until", "2022-06-27", "every", "P1W", "time", "15:00"));
        Map<String, Object> bad = Map.of("code", "B", "title", "Sai", "lead", Map.of("tiers", List.of("WARD")),
                "deadline", Map.of("kind", "DATE_TIME", "day", "2022-06-30"));

        given().contentType(ContentType.JSON).body(Map.of("tasks", List.of(good, bad))).put("/api/v1/campaigns/" + campaign + "/tasks")
                .then().statusCode(422).body("violations.field", org.hamcrest.Matchers.contains("tasks[1].lead.tiers[0]",
                        "tasks[1].deadline.time"));
        assertThat(given().get("/api/v1/campaigns/" + campaign + "/tasks").then().statusCode(200).extract().jsonPath()
                .getList("tasks")).isEmpty();
        JsonPath stored = given().contentType(ContentType.JSON).body(Map.of("tasks", List.of(good)))
                .put("/api/v1/campaigns/" + campaign + "/tasks").then().statusCode(200).extract().jsonPath();
        assertThat(stored.getList("tasks[0].obligations.occurrence", String.class)).isNotEmpty();
        JsonPath weekly = given().queryParam("at", "2022-06-13T15:00:01+07:00").get("/api/v1/campaigns/" + campaign + "/tasks")
                .then().statusCode(200).extract().jsonPath();
        assertThat(weekly.getList("tasks[0].obligations.occurrence", String.class))
                .containsExactly("2022-06-06", "2022-06-13", "2022-06-20");
        assertThat(weekly.getList("tasks[0].obligations.status", String.class)).containsExactly("OVERDUE", "OVERDUE", "OPEN");
        assertThat(weekly.getString("tasks[0].deadlineText")).isEqualTo("Định kỳ hằng tuần từ 06/6/2022 đến 26/6/2022, trước 15:00 mỗi kỳ");
        given().header("X-API-Key", districtKey).contentType(ContentType.JSON)
                .body(Map.of("state", "DONE", "occurrence", "2022-06-07", "reportedAt", "2022-06-07T09:00:00+07:00"))
                .post("/api/v1/campaigns/" + campaign + "/tasks/A/reports").then().statusCode(422)
                .body("violations[0].field", equalTo("occurrence"));
    }

    private static Map<String, Object> done(String unit, String reportedAt, String documentNumber, String documentDate) {
        Map<String, Object> report = new HashMap<>(Map.of("state", "DONE", "reportedAt", reportedAt,
                "evidence", Map.of("documentNumber", documentNumber, "documentDate", documentDate)));
        if (unit != null) {
            report.put("unit", unit);
        }
        return report;
    }

    private static io.restassured.response.Response report(String key, String task, Map<String, Object> body) {
        return given().header("X-API-Key", key).contentType(ContentType.JSON).body(body)
                .post("/api/v1/campaigns/" + CAMPAIGN + "/tasks/" + task + "/reports");
    }

    private static JsonPath board(String at) {
        var request = given().queryParam("unit", PROVINCE);
        if (at != null) {
            request.queryParam("at", at);
        }
        return request.get("/api/v1/campaigns/" + CAMPAIGN + "/tasks").then().statusCode(200).extract().jsonPath();
    }

    private static String statusAt(String at, String unit) {
        return obligation(board(at), ACTION_PLAN, unit).getString("status");
    }

    private static JsonPath task(JsonPath board, String code) {
        return new JsonPath(board.prettify()).setRootPath("tasks.find { it.code == '" + code + "' }");
    }

    private static JsonPath obligation(JsonPath board, String code, String unit) {
        return new JsonPath(board.prettify()).setRootPath("tasks.find { it.code == '" + code + "' }.obligations.find { it.unit == '"
                + unit + "' }");
    }
}
