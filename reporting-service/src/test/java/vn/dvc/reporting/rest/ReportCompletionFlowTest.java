package vn.dvc.reporting.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dvc.commons.jdbc.Jdbc;
import vn.dvc.commons.testing.TopicReader;
import vn.dvc.contracts.catalog.UnitChanged;
import vn.dvc.contracts.report.ReportEvent;
import vn.dvc.contracts.report.ReportObligationChanged;

/**
 * Forms, submissions and completion on the real database and broker: the plan's GRIS quarter (111 communes; 75, 107
 * and 111 submitted forms II.01b, II.05a, II.06), LRIS 94 of 312 indicators, deadlines, corrections, withdrawn
 * assignments, bad input — and what reaches report-events.
 */
@QuarkusTest
class ReportCompletionFlowTest {

    private static final int COMMUNES = 111;

    @Inject
    ObjectMapper json;
    @Inject
    Jdbc jdbc;

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String province = "P-" + run;
    private final String district = "D-" + run;

    @BeforeEach
    void aTreeOfItsOwn() {
        List<UnitChanged> units = new ArrayList<>();
        units.add(ReportingTestUnits.unit(province, "Tỉnh Bình Phước", "PROVINCE", null));
        units.add(ReportingTestUnits.unit(district, "Huyện Bù Đăng", "DISTRICT", province));
        units.add(ReportingTestUnits.unit(department(1), "Sở Nội vụ", "DEPARTMENT", province));
        units.add(ReportingTestUnits.unit(department(2), "Sở Tư pháp", "DEPARTMENT", province));
        for (int c = 0; c < COMMUNES; c++) {
            units.add(ReportingTestUnits.unit(commune(c), "Xã " + c, "COMMUNE", district));
        }
        ReportingTestUnits.publish(json, jdbc, units);
    }

    @Test
    void theSeedsGrisQuarterComesOutPerFormWithTheMissingCommunesNamed() {
        List<Map<String, Object>> forms = new ArrayList<>();
        for (String code : List.of("II.01b", "II.05a", "II.06")) {
            forms.add(form(code(code), "GRIS", "QUARTERLY", "15D", Map.of("assignedUnits", communes(COMMUNES)),
                    "2022-01-01", "2022-04-01"));
        }
        try (TopicReader topic = new TopicReader("report-events")) {
            given().contentType("application/json").body(forms).put("/api/v1/report-forms").then().statusCode(200)
                    .body("forms", equalTo(3)).body("obligationsChanged", equalTo(3 * COMMUNES));
            List<Map<String, Object>> submissions = new ArrayList<>();
            int[] submitted = {75, 107, 111};
            String[] codes = {"II.01b", "II.05a", "II.06"};
            for (int f = 0; f < 3; f++) {
                for (int c = 0; c < submitted[f]; c++) {
                    boolean late = f == 0 && c < 5;
                    submissions.add(submission(code(codes[f]), null, commune(c), "2022-Q1",
                            late ? "2022-04-16T00:00:01+07:00" : "2022-04-15T23:59:59+07:00", c % 2 == 0 ? "ONLINE" : "PAPER"));
                }
            }
            JsonPath outcomes = given().contentType("application/json").body(submissions)
                    .post("/api/v1/report-submissions/batch").then().statusCode(202).extract().jsonPath();
            assertThat(outcomes.getList("outcome", String.class)).hasSize(293).containsOnly("ACCEPTED");
            assertThat(outcomes.getBoolean("[0].onTime")).isFalse();
            assertThat(outcomes.getBoolean("[5].onTime")).isTrue();
            assertThat(outcomes.getString("[0].deadline")).isEqualTo("2022-04-16T00:00:00+07:00");

            JsonPath completion = completion(Map.of("system", "GRIS", "period", "2022-Q1", "unit", district));
            assertThat(completion.getLong("total.expected")).isEqualTo(333);
            assertThat(completion.getLong("total.submitted")).isEqualTo(293);
            Map<String, Object> first = formOf(completion, code("II.01b"));
            assertThat(first).containsEntry("systemName", "Hệ thống thông tin báo cáo Chính phủ (GRIS)");
            assertThat(rate(first, "expected")).isEqualTo(111);
            assertThat(rate(first, "submitted")).isEqualTo(75);
            assertThat(rate(first, "onTime")).isEqualTo(70);
            assertThat(rate(first, "online")).isEqualTo(38);
            assertThat(percent(first, "completion")).isEqualTo("67.57");
            assertThat(((Number) first.get("missingCount")).intValue()).isEqualTo(36);
            assertThat(completion.getList("forms.find { it.formCode == '" + code("II.01b") + "' }.missing.unitCode", String.class))
                    .hasSize(36).contains(commune(75), commune(110)).doesNotContain(commune(0));
            assertThat(completion.getString("forms.find { it.formCode == '" + code("II.01b") + "' }.missing[0].unitName")).startsWith("Xã ");
            assertThat(percent(formOf(completion, code("II.05a")), "completion")).isEqualTo("96.40");
            assertThat(percent(formOf(completion, code("II.06")), "completion")).isEqualTo("100.00");

            // the same deadline window by dates: Q1's reports are due on 2022-04-16 00:00 local, i.e. local day 04-16
            JsonPath byDeadline = completion(Map.of("form", code("II.06"), "unit", district, "from", "2022-04-16", "to", "2022-04-17"));
            assertThat(byDeadline.getLong("total.expected")).isEqualTo(111);

            String obligation = code("II.01b") + "||" + commune(0) + "|2022-Q1";
            Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(changesOf(topic, obligation))
                    .extracting(ReportObligationChanged::version).contains(1L, 2L));
            ReportObligationChanged submittedChange = changesOf(topic, obligation).stream().filter(c -> c.version() == 2).findFirst().orElseThrow();
            assertThat(submittedChange.submittedAt()).isNotNull();
            assertThat(submittedChange.channel()).isEqualTo("ONLINE");
            assertThat(submittedChange.system()).isEqualTo("GRIS");
            assertThat(submittedChange.expected()).isTrue();

            // a correction (on time now, on paper) replaces the earlier; the same again changes nothing
            Map<String, Object> correction = submission(code("II.01b"), null, commune(0), "2022-Q1", "2022-04-10T09:00:00+07:00", "PAPER");
            given().contentType("application/json").body(correction).post("/api/v1/report-submissions").then().statusCode(202)
                    .body("outcome", equalTo("UPDATED")).body("onTime", equalTo(true)).body("obligationId", equalTo(obligation));
            given().contentType("application/json").body(correction).post("/api/v1/report-submissions").then().statusCode(202)
                    .body("outcome", equalTo("DUPLICATE"));
            assertThat(jdbc.one("SELECT version FROM report_obligation WHERE obligation_id = ?", List.of(obligation))
                    .longValue("version")).isEqualTo(3);
            Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(changesOf(topic, obligation))
                    .extracting(ReportObligationChanged::version).contains(3L));
            Map<String, Object> corrected = formOf(completion(Map.of("form", code("II.01b"), "period", "2022-Q1")), code("II.01b"));
            assertThat(rate(corrected, "onTime")).isEqualTo(71);
            assertThat(rate(corrected, "online")).isEqualTo(37);
        }
    }

    @Test
    void lrisIsReportedIndicatorByIndicatorEachByItsDepartment() {
        List<Map<String, Object>> indicators = new ArrayList<>();
        for (int i = 1; i <= 312; i++) {
            indicators.add(Map.of("code", "CT" + i, "name", "Chỉ tiêu " + i, "unitCode", department(i % 2 + 1)));
        }
        Map<String, Object> lris = form(code("LRIS"), "LRIS", "MONTHLY", "5D", Map.of("indicators", indicators), "2022-06-01", "2022-07-01");
        given().contentType("application/json").body(List.of(lris)).put("/api/v1/report-forms").then().statusCode(200)
                .body("obligationsChanged", equalTo(312));
        List<Map<String, Object>> submissions = new ArrayList<>();
        for (int i = 1; i <= 94; i++) {
            submissions.add(submission(code("LRIS"), "CT" + i, department(i % 2 + 1), "2022-06", "2022-07-05T10:00:00+07:00", "ONLINE"));
        }
        given().contentType("application/json").body(submissions).post("/api/v1/report-submissions/batch").then().statusCode(202)
                .body("outcome", hasSize(94)).body("findAll { it.outcome == 'ACCEPTED' }", hasSize(94));

        JsonPath completion = completion(Map.of("system", "LRIS", "form", code("LRIS"), "period", "2022-06"));
        Map<String, Object> form = formOf(completion, code("LRIS"));
        assertThat(rate(form, "expected")).isEqualTo(312);
        assertThat(rate(form, "submitted")).isEqualTo(94);
        assertThat(percent(form, "completion")).isEqualTo("30.13");
        assertThat(completion.getList("forms[0].missing.indicatorCode", String.class)).hasSize(218).contains("CT95", "CT312");
        assertThat(completion.getBoolean("forms[0].missing[0].pastDeadline")).isTrue();

        JsonPath oneDepartment = completion(Map.of("form", code("LRIS"), "period", "2022-06", "unit", department(1)));
        assertThat(oneDepartment.getLong("total.expected")).isEqualTo(156);
        assertThat(oneDepartment.getLong("total.submitted")).isEqualTo(47);

        // an indicator handed to the other department: the first one no longer owes it; its report stays recorded
        indicators.set(0, Map.of("code", "CT1", "name", "Chỉ tiêu 1", "unitCode", department(1)));
        given().contentType("application/json").body(List.of(form(code("LRIS"), "LRIS", "MONTHLY", "5D",
                Map.of("indicators", indicators), "2022-06-01", "2022-07-01"))).put("/api/v1/report-forms").then()
                .statusCode(200).body("obligationsChanged", equalTo(2));
        assertThat(completion(Map.of("form", code("LRIS"), "period", "2022-06")).getLong("total.submitted")).isEqualTo(93);
        given().contentType("application/json").body(submission(code("LRIS"), "CT1", department(2), "2022-06",
                        "2022-07-05T10:00:00+07:00", "ONLINE")).post("/api/v1/report-submissions").then().statusCode(422)
                .body("violations.field", hasItem("unitCode"));
    }

    @Test
    void aFormOfMoreUnitsThanOnePassTakesIsKeptInStepForEveryUnit() {
        List<UnitChanged> more = new ArrayList<>();
        for (int c = COMMUNES; c < 450; c++) {
            more.add(ReportingTestUnits.unit(commune(c), "Xã " + c, "COMMUNE", district));
        }
        ReportingTestUnits.publish(json, jdbc, more);
        String form = code("MANY");
        given().contentType("application/json").body(List.of(form(form, "GRIS", "QUARTERLY", "15D",
                        Map.of("assignedUnits", communes(450)), "2022-01-01", "2022-07-01"))).put("/api/v1/report-forms")
                .then().statusCode(200).body("obligationsChanged", equalTo(450 * 2));
        // the first 120 communes no longer report it: their two quarters each withdrawn, nobody else's touched
        given().contentType("application/json").body(List.of(form(form, "GRIS", "QUARTERLY", "15D",
                        Map.of("assignedUnits", communes(450).subList(120, 450)), "2022-01-01", "2022-07-01")))
                .put("/api/v1/report-forms").then().statusCode(200).body("obligationsChanged", equalTo(120 * 2));
        assertThat(jdbc.one("SELECT COUNT(*) AS owed FROM report_obligation WHERE form_code = ? AND expected",
                List.of(form)).longValue("owed")).isEqualTo(330 * 2);
        assertThat(jdbc.one("SELECT COUNT(*) AS released FROM report_obligation WHERE form_code = ? AND NOT expected "
                + "AND unit_code IN (?, ?)", List.of(form, commune(0), commune(119))).longValue("released")).isEqualTo(4);
    }

    @Test
    void aSubmissionNobodyOwesIsRefusedNamingTheFieldAndStoresNothing() {
        given().contentType("application/json").body(List.of(form(code("II.06"), "GRIS", "QUARTERLY", "15D",
                Map.of("assignedUnits", communes(3)), "2022-01-01", "2022-07-01"))).put("/api/v1/report-forms").then().statusCode(200);
        String form = code("II.06");
        refused(submission("NO-SUCH-" + run, null, commune(0), "2022-Q1", "2022-04-01T08:00:00+07:00", "ONLINE"), 422, "formCode");
        refused(submission(form, null, district, "2022-Q1", "2022-04-01T08:00:00+07:00", "ONLINE"), 422, "unitCode");
        refused(submission(form, null, commune(5), "2022-Q1", "2022-04-01T08:00:00+07:00", "ONLINE"), 422, "unitCode");
        refused(submission(form, null, commune(0), "2022-Q3", "2022-04-01T08:00:00+07:00", "ONLINE"), 422, "period");
        refused(submission(form, null, commune(0), "2022-06", "2022-04-01T08:00:00+07:00", "ONLINE"), 422, "period");
        refused(submission(form, null, commune(0), "2021-Q4", "2022-04-01T08:00:00+07:00", "ONLINE"), 422, "period");
        refused(submission(form, "CT1", commune(0), "2022-Q1", "2022-04-01T08:00:00+07:00", "ONLINE"), 422, "indicatorCode");
        refused(submission(form, null, commune(0), "2022-Q2", "2022-03-31T08:00:00+07:00", "ONLINE"), 422, "submittedAt");
        refused(submission(form, null, commune(0), "2022-Q1", "yesterday", "ONLINE"), 400, "submittedAt");
        refused(submission(form, null, commune(0), "2022-Q1", "2030-01-01T08:00:00+07:00", "ONLINE"), 422, "submittedAt");
        Map<String, Object> noChannel = new LinkedHashMap<>(submission(form, null, commune(0), "2022-Q1", "2022-04-01T08:00:00+07:00", "ONLINE"));
        noChannel.put("channel", "FAX");
        refused(noChannel, 400, "channel");
        noChannel.remove("channel");
        refused(noChannel, 400, "channel");

        JsonPath batch = given().contentType("application/json").body(List.of(
                        submission(form, null, commune(0), "2022-Q1", "2022-04-01T08:00:00+07:00", "ONLINE"),
                        submission(form, null, district, "2022-Q1", "2022-04-01T08:00:00+07:00", "ONLINE")))
                .post("/api/v1/report-submissions/batch").then().statusCode(202).extract().jsonPath();
        assertThat(batch.getList("outcome", String.class)).containsExactly("ACCEPTED", "REJECTED");
        assertThat(batch.getString("[1].problem.violations[0].field")).isEqualTo("unitCode");
        assertThat(batch.getInt("[1].index")).isEqualTo(1);
        assertThat(jdbc.one("SELECT COUNT(*) AS submitted FROM report_obligation WHERE form_code = ? AND submitted_at IS NOT NULL",
                List.of(form)).longValue("submitted")).isEqualTo(1);
    }

    @Test
    void aBadFormIsRefusedWithEveryProblemAndNothingStored() {
        Map<String, Object> badRule = form(code("BAD"), "GRIS", "QUARTERLY", "fifteen days", Map.of("assignedTier", "COMMUNE"), "2022-01-01", null);
        given().contentType("application/json").body(List.of(badRule)).put("/api/v1/report-forms").then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", hasItem("[0].dueRule"));
        Map<String, Object> badSystem = form(code("BAD"), "FAX", "QUARTERLY", "15D", Map.of("assignedTier", "COMMUNE"), "2022-01-01", null);
        given().contentType("application/json").body(List.of(badSystem)).put("/api/v1/report-forms").then().statusCode(400)
                .body("violations.field", hasItem("[0].system"));
        Map<String, Object> nobody = form(code("BAD"), "GRIS", "QUARTERLY", "15D", Map.of(), "2022-01-01", null);
        Map<String, Object> unknownUnit = form(code("BAD2"), "GRIS", "QUARTERLY", "15D", Map.of("assignedUnits", List.of("NOWHERE-" + run)), "2022-01-01", null);
        given().contentType("application/json").body(List.of(nobody, unknownUnit)).put("/api/v1/report-forms").then().statusCode(422)
                .body("violations.field", hasItem("[0].assignedTier")).body("violations.field", hasItem("[1].assignedUnits[0]"));
        Map<String, Object> backwards = form(code("BAD"), "GRIS", "QUARTERLY", "15D", Map.of("assignedTier", "COMMUNE"), "2022-06-01", "2022-01-01");
        given().contentType("application/json").body(List.of(backwards)).put("/api/v1/report-forms").then().statusCode(400)
                .body("violations.field", hasItem("[0].activeTo"));
        given().get("/api/v1/report-forms/" + code("BAD")).then().statusCode(404).contentType("application/problem+json");
        given().get("/api/v1/report-forms/" + code("BAD2")).then().statusCode(404);
    }

    @Test
    void completionNeedsAPeriodOrDates() {
        given().get("/api/v1/reports/completion").then().statusCode(400).body("violations.field", hasItem("period"));
        given().queryParam("system", "FAX").queryParam("period", "2022-Q1").get("/api/v1/reports/completion").then()
                .statusCode(400).body("violations.field", hasItem("system"));
        given().queryParam("from", "2022-06-01").queryParam("to", "2022-05-01").get("/api/v1/reports/completion").then()
                .statusCode(400).body("violations.field", hasItem("to"));
        given().queryParam("period", "2022-Q1").queryParam("unit", "NOWHERE-" + run).get("/api/v1/reports/completion").then()
                .statusCode(422).body("violations.field", hasItem("unit"));
    }

    private void refused(Map<String, Object> submission, int status, String field) {
        given().contentType("application/json").body(submission).post("/api/v1/report-submissions").then().statusCode(status)
                .contentType("application/problem+json").body("violations.field", hasItem(field));
    }

    private List<ReportObligationChanged> changesOf(TopicReader topic, String obligationId) {
        List<ReportObligationChanged> changes = new ArrayList<>();
        for (ConsumerRecord<String, String> record : topic.records()) {
            if (obligationId.equals(record.key())) {
                try {
                    changes.add((ReportObligationChanged) json.readValue(record.value(), ReportEvent.class));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return changes;
    }

    private static JsonPath completion(Map<String, ?> query) {
        return given().queryParams(query).get("/api/v1/reports/completion").then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> formOf(JsonPath completion, String code) {
        return completion.getMap("forms.find { it.formCode == '" + code + "' }");
    }

    @SuppressWarnings("unchecked")
    private static long rate(Map<String, Object> form, String count) {
        return ((Number) ((Map<String, Object>) form.get("rate")).get(count)).longValue();
    }

    @SuppressWarnings("unchecked")
    private static String percent(Map<String, Object> form, String ratio) {
        Map<String, Object> rate = (Map<String, Object>) form.get("rate");
        return String.format("%.2f", ((Number) ((Map<String, Object>) rate.get(ratio)).get("percent")).doubleValue());
    }

    static Map<String, Object> form(String code, String system, String frequency, String dueRule, Map<String, Object> assignment,
                                    String activeFrom, String activeTo) {
        Map<String, Object> form = new LinkedHashMap<>(Map.of("code", code, "name", "Biểu " + code, "system", system,
                "frequency", frequency, "dueRule", dueRule, "activeFrom", activeFrom));
        form.putAll(assignment);
        if (activeTo != null) {
            form.put("activeTo", activeTo);
        }
        return form;
    }

    static Map<String, Object> submission(String form, String indicator, String unit, String period, String at, String channel) {
        Map<String, Object> submission = new LinkedHashMap<>(Map.of("formCode", form, "unitCode", unit, "period", period,
                "submittedAt", at, "channel", channel));
        if (indicator != null) {
            submission.put("indicatorCode", indicator);
        }
        return submission;
    }

    private String code(String form) {
        return form + "-" + run;
    }

    private String department(int n) {
        return "S" + n + "-" + run;
    }

    private String commune(int c) {
        return "X" + c + "-" + run;
    }

    private List<String> communes(int count) {
        List<String> codes = new ArrayList<>();
        for (int c = 0; c < count; c++) {
            codes.add(commune(c));
        }
        return codes;
    }
}
