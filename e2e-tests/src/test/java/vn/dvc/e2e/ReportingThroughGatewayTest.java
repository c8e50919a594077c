package vn.dvc.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * reporting-service with its real peers, through the gateway: report submissions and a unit's own dossier total reach
 * kpi-service over report-events; appendices 2 and 5 are filled from kpi- and payment-service (JSON and XLSX read back
 * cell by cell); the bulletin is made from kpi-, dossier- and reporting-service's figures and served as a workbook.
 */
class ReportingThroughGatewayTest {

    private static final ZoneId LOCAL = ZoneId.of("Asia/Ho_Chi_Minh");

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String province = "BP-" + run;
    private final String department = "STP-" + run;
    private final String district = "H12-" + run;
    private final String service = "1.001-" + run;
    private final LocalDate today = LocalDate.now(LOCAL);

    @BeforeAll
    static void suite() {
        RestAssured.baseURI = RunningSuite.gateway().toString();
        RestAssured.port = RunningSuite.gateway().getPort();
    }

    @Test
    void reportsTotalsAppendicesAndTheBulletinWithLivePeers() throws Exception {
        given().contentType(ContentType.JSON).body(List.of(
                        Map.of("code", province, "name", "Tỉnh Bình Phước", "tier", "PROVINCE"),
                        Map.of("code", department, "name", "Sở Tư pháp", "tier", "DEPARTMENT", "parentCode", province),
                        Map.of("code", district, "name", "UBND huyện Lộc Ninh", "tier", "DISTRICT", "parentCode", province)))
                .put("/api/v1/units").then().statusCode(200);
        given().contentType(ContentType.JSON).body(List.of(Map.of("code", service, "name", "Chứng thực bản sao",
                        "field", "Chứng thực", "feeBearing", true, "offerings", List.of(Map.of("tier", "DISTRICT", "onlineMode", "FULL")))))
                .put("/api/v1/services").then().statusCode(200);
        String received = Instant.now().minusSeconds(2 * 86_400).toString();
        String due = Instant.now().plusSeconds(5 * 86_400).toString();
        given().contentType(ContentType.JSON).body(List.of(
                        event("a1", "A", received, "ONLINE", due), event("b1", "B", received, "DIRECT", due)))
                .post("/api/v1/dossier-events/batch").then().statusCode(202);

        // reporting-service learns the tree from catalog-events
        RunningSuite.awaitUnitsKnown("/api/v1/reports/completion", Map.of("period", "2022-Q1"), province, department, district);
        String form = "BCD-" + run;
        given().contentType(ContentType.JSON).body(List.of(Map.of("code", form, "name", "Báo cáo Ban Chỉ đạo",
                        "system", "STEERING", "frequency", "EVERY_2_DAYS", "dueRule", "0D@17:00",
                        "assignedUnits", List.of(department, district), "activeFrom", today.minusDays(4).toString())))
                .put("/api/v1/report-forms").then().statusCode(200).body("obligationsChanged", equalTo(6));
        for (LocalDate start : List.of(today.minusDays(4), today.minusDays(2))) {
            given().contentType(ContentType.JSON).body(Map.of("formCode", form, "unitCode", district, "period", start.toString(),
                            "submittedAt", start.atTime(9, 0).atZone(LOCAL).toOffsetDateTime().toString(), "channel", "ONLINE"))
                    .post("/api/v1/report-submissions").then().statusCode(202).body("outcome", equalTo("ACCEPTED"))
                    .body("onTime", equalTo(true));
        }
        given().contentType(ContentType.JSON).body(Map.of("unitCode", district, "from", today.minusDays(3).toString(),
                "to", today.toString(), "total", 5, "source", "sổ tiếp nhận")).post("/api/v1/dossier-totals").then().statusCode(202);

        String from = today.minusDays(3).toString();
        String to = today.toString();
        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().queryParam("unit", province)
                .queryParam("from", today.minusDays(4).toString()).queryParam("to", today.plusDays(2).toString())
                .get("/api/v1/kpis").then().statusCode(200)
                .body("indicators.find { it.code == 'REPORT_COMPLETION' }.numerator", equalTo(2))
                .body("indicators.find { it.code == 'REPORT_COMPLETION' }.denominator", equalTo(6))
                .body("indicators.find { it.code == 'ONLINE_REPORTING' }.numerator", equalTo(2)));
        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().queryParam("unit", province)
                .queryParam("from", from).queryParam("to", to).get("/api/v1/kpis").then().statusCode(200)
                .body("indicators.find { it.code == 'ONLINE_DOSSIER_SHARE' }.denominator", equalTo(2))
                .body("indicators.find { it.code == 'ONLINE_DOSSIER_SHARE_REPORTED' }.denominator", equalTo(5))
                .body("indicators.find { it.code == 'DOSSIERS_NOT_ENTERED' }.value", equalTo(3)));

        JsonPath appendix = given().queryParam("unit", province).queryParam("from", from).queryParam("to", to).get("/api/v1/appendices/2").then()
                .statusCode(200).extract().jsonPath();
        Map<String, Object> line = appendix.getMap("rows.find { it.unitCode == '" + district + "' }");
        assertThat(line).containsEntry("unitName", "UBND huyện Lộc Ninh").containsEntry("tier", "Cấp huyện")
                .containsEntry("received", 2).containsEntry("online", 1).containsEntry("receivedReported", 5)
                .containsEntry("notEntered", 3);
        assertThat(((Number) line.get("onlinePercent")).doubleValue()).isEqualTo(50.0);
        assertThat(((Number) line.get("onlinePercentReported")).doubleValue()).isEqualTo(20.0);
        byte[] xlsx = given().queryParam("unit", province).queryParam("from", from).queryParam("to", to).queryParam("tier", "DISTRICT").queryParam("format", "xlsx")
                .get("/api/v1/appendices/2").then().statusCode(200).extract().asByteArray();
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheet("Phụ lục 2");
            assertThat(sheet.getRow(3).getCell(4).getStringCellValue()).isEqualTo("Tổng số hồ sơ tiếp nhận trên Cổng");
            assertThat(sheet.getRow(4).getCell(2).getStringCellValue()).isEqualTo("Tổng cộng");
            assertThat(sheet.getRow(4).getCell(4).getNumericCellValue()).isEqualTo(2d);
            Row row = rowOf(sheet, district);
            assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(2d);
            assertThat(row.getCell(6).getNumericCellValue()).isEqualTo(0.5d);
            assertThat(row.getCell(9).getNumericCellValue()).isEqualTo(3d);
        }

        given().contentType(ContentType.JSON).body(Map.of("transactionId", "TX-" + run, "unitCode", district, "field", "Chứng thực",
                        "kind", "FEE", "amountVnd", 2_000_000_000L, "status", "SUCCESS", "paidAt", "2022-06-01T09:00:00+07:00",
                        "provider", "VNPAY")).post("/api/v1/payments").then().statusCode(202);
        JsonPath payments = given().queryParam("unit", province).queryParam("from", "2022-06-01").queryParam("to", "2022-06-02").get("/api/v1/appendices/5")
                .then().statusCode(200).extract().jsonPath();
        assertThat(payments.getLong("rows.find { it.unitCode == '" + district + "' }.amountVnd")).isEqualTo(2_000_000_000L);
        assertThat(payments.getString("rows.find { it.unitCode == '" + district + "' }.field")).isEqualTo("Chứng thực");

        JsonPath first = given().post("/api/v1/bulletins").then().statusCode(201).header("Location", notNullValue())
                .extract().jsonPath();
        assertThat(first.getString("campaign")).isEqualTo("KH-170-2022");
        Map<String, Object> departmentLine = first.getMap("sections.find { it.tier == 'DEPARTMENT' }.units.find { it.unitCode == '" + department + "' }");
        assertThat(departmentLine).containsEntry("unitName", "Sở Tư pháp").containsEntry("missingReports", 2);
        Map<String, Object> districtLine = first.getMap("sections.find { it.tier == 'DISTRICT' }.units.find { it.unitCode == '" + district + "' }");
        assertThat(districtLine).containsEntry("missingReports", 0);
        assertThat(first.getList("sections.find { it.tier == 'DISTRICT' }.units.find { it.unitCode == '" + district + "' }.indicators.code", String.class))
                .contains("ONLINE_DOSSIER_SHARE", "ON_TIME_RESOLUTION");
        JsonPath second = given().post("/api/v1/bulletins").then().statusCode(201).extract().jsonPath();
        assertThat(second.getLong("previousId")).isEqualTo(first.getLong("id"));
        given().get("/api/v1/bulletins/latest").then().statusCode(200).body("id", equalTo(second.getInt("id")));
        byte[] bulletin = given().queryParam("format", "xlsx").get("/api/v1/bulletins/latest").then().statusCode(200)
                .extract().asByteArray();
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bulletin))) {
            Sheet departments = workbook.getSheet("Sở, ban, ngành");
            assertThat(departments.getRow(0).getCell(0).getStringCellValue()).startsWith("BẢN TIN TIẾN ĐỘ KH-170-2022");
            Row header = departments.getRow(3);
            assertThat(header.getCell(header.getLastCellNum() - 1).getStringCellValue()).isEqualTo("Báo cáo quá hạn chưa nộp");
            Row row = rowOf(departments, department);
            assertThat(row.getCell(header.getLastCellNum() - 1).getNumericCellValue()).isEqualTo(2d);
            assertThat(workbook.getSheet("Cấp huyện")).isNotNull();
            // the Decision 766 estimate of the bulletin's scope: a line per part, then the total
            Sheet score = workbook.getSheet("Chỉ số 766");
            assertThat(score.getRow(0).getCell(0).getStringCellValue()).startsWith("CHỈ SỐ PHỤC VỤ NGƯỜI DÂN, DOANH NGHIỆP");
            List<String> parts = second.getList("score766.parts.code", String.class);
            assertThat(parts).hasSize(17).contains("PROCEDURE_SATISFACTION", "FEEDBACK_ON_TIME", "E_CERTIFIED_COPIES");
            assertThat(score.getRow(4).getCell(1).getStringCellValue()).isEqualTo(parts.get(0));
            assertThat(score.getRow(4 + parts.size()).getCell(2).getStringCellValue()).isEqualTo("Tổng điểm đo được");
            assertThat(score.getRow(4 + parts.size()).getCell(6).getNumericCellValue()).isEqualTo(second.getDouble("score766.measuredPoints"),
                    within(0.001));
        }
    }

    private Map<String, Object> event(String id, String dossier, String at, String channel, String due) {
        return Map.of("eventId", id + "-" + run, "dossierId", dossier + "-" + run, "status", "RECEIVED", "occurredAt", at,
                "unitCode", district, "serviceCode", service, "channel", channel, "dueAt", due);
    }

    private static Row rowOf(Sheet sheet, String unitCode) {
        for (Row row : sheet) {
            if (row.getRowNum() > 3 && row.getCell(1) != null && unitCode.equals(row.getCell(1).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row for " + unitCode);
    }
}
