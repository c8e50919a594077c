package vn.dvc.reporting.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.dvc.commons.jdbc.Jdbc;

/**
 * Appendix 3 from reporting-service's own obligations in JSON, CSV and XLSX (read back cell by cell); the appendices
 * and the bulletin that need a peer answer 503 with Retry-After when it is down (this profile points them at a closed
 * port) and keep nothing. The appendices and bulletin with live peers are checked end to end (e2e-tests).
 */
@QuarkusTest
class AppendixAndBulletinResourceTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    ObjectMapper json;
    @Inject
    Jdbc jdbc;

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void appendixThreeListsEachFormsReportingRateInEveryFormat() throws Exception {
        String district = "D-" + run;
        List<String> communes = List.of("X1-" + run, "X2-" + run, "X3-" + run, "X4-" + run);
        List<vn.dvc.contracts.catalog.UnitChanged> units = new ArrayList<>();
        units.add(ReportingTestUnits.unit(district, "Huyện", "DISTRICT", null));
        communes.forEach(code -> units.add(ReportingTestUnits.unit(code, "Xã", "COMMUNE", district)));
        ReportingTestUnits.publish(json, jdbc, units);
        String form = "II.05a-" + run;
        given().contentType("application/json").body(List.of(ReportCompletionFlowTest.form(form, "GRIS", "QUARTERLY", "15D",
                Map.of("assignedUnits", communes), "2022-01-01", "2022-04-01"))).put("/api/v1/report-forms").then().statusCode(200);
        given().contentType("application/json").body(List.of(
                ReportCompletionFlowTest.submission(form, null, communes.get(0), "2022-Q1", "2022-04-02T08:00:00+07:00", "ONLINE"),
                ReportCompletionFlowTest.submission(form, null, communes.get(1), "2022-Q1", "2022-04-20T08:00:00+07:00", "PAPER"),
                ReportCompletionFlowTest.submission(form, null, communes.get(2), "2022-Q1", "2022-04-03T08:00:00+07:00", "ONLINE")))
                .post("/api/v1/report-submissions/batch").then().statusCode(202);

        JsonPath appendix = given().queryParam("from", "2022-04-01").queryParam("to", "2022-05-01")
                .get("/api/v1/appendices/3").then().statusCode(200).contentType("application/json").extract().jsonPath();
        assertThat(appendix.getString("title")).isEqualTo("PHỤ LỤC 3. TÌNH HÌNH THỰC HIỆN BÁO CÁO TRÊN CÁC HỆ THỐNG");
        assertThat(appendix.getString("subtitle")).startsWith("Từ ngày 01/04/2022 đến ngày 30/04/2022");
        assertThat(appendix.getString("rulesVersion")).isEqualTo("1");
        Map<String, Object> row = appendix.getMap("rows.find { it.formCode == '" + form + "' }");
        assertThat(row).containsEntry("system", "Hệ thống thông tin báo cáo Chính phủ (GRIS)").containsEntry("expected", 4)
                .containsEntry("submitted", 3).containsEntry("onTime", 2).containsEntry("online", 2);
        assertThat(((Number) row.get("completionPercent")).doubleValue()).isEqualTo(75.0);
        assertThat(appendix.getString("rows[0].system")).isEqualTo("Tổng cộng");

        String csv = new String(given().queryParam("from", "2022-04-01").queryParam("to", "2022-05-01").queryParam("format", "csv")
                .get("/api/v1/appendices/3").then().statusCode(200).contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString("phu-luc-3")).extract().asByteArray(), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFSTT,Hệ thống báo cáo,Mã biểu mẫu,Tên biểu mẫu, chỉ tiêu".replace("Tên biểu mẫu, chỉ tiêu", "\"Tên biểu mẫu, chỉ tiêu\""));
        assertThat(csv).contains("," + form + ",Biểu " + form + ",4,3,2,2,75.00,50.00,50.00\r\n");

        byte[] xlsx = given().queryParam("from", "2022-04-01").queryParam("to", "2022-05-01").queryParam("format", "xlsx")
                .get("/api/v1/appendices/3").then().statusCode(200).contentType(XLSX).extract().asByteArray();
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheet("Phụ lục 3");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("PHỤ LỤC 3. TÌNH HÌNH THỰC HIỆN BÁO CÁO TRÊN CÁC HỆ THỐNG");
            Row header = sheet.getRow(3);
            assertThat(header.getCell(4).getStringCellValue()).isEqualTo("Số báo cáo phải thực hiện");
            assertThat(header.getCell(8).getStringCellValue()).isEqualTo("Tỷ lệ hoàn thành");
            Row line = null;
            for (Row candidate : sheet) {
                if (candidate.getRowNum() > 3 && form.equals(candidate.getCell(2).getStringCellValue())) {
                    line = candidate;
                }
            }
            assertThat(line).isNotNull();
            assertThat(line.getCell(4).getNumericCellValue()).isEqualTo(4d);
            assertThat(line.getCell(5).getNumericCellValue()).isEqualTo(3d);
            assertThat(line.getCell(8).getNumericCellValue()).isEqualTo(0.75d);
            assertThat(line.getCell(8).getCellStyle().getDataFormatString()).isEqualTo("0.00%");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
        }
    }

    @Test
    void anAppendixNeedingADownPeerIsA503ProblemAndNoTable() {
        for (String appendix : List.of("1", "2", "4", "5")) {
            given().queryParam("from", "2022-06-01").queryParam("to", "2022-09-01").queryParam("format", "xlsx")
                    .get("/api/v1/appendices/" + appendix).then().statusCode(503).contentType("application/problem+json")
                    .header("Retry-After", not(equalTo(null)))
                    .body("detail", containsString(appendix.equals("5") ? "payment-service" : "kpi-service"))
                    .body(not(containsString("Exception")));
        }
    }

    @Test
    void aBulletinNeedingADownPeerIsA503ProblemAndNothingIsKept() {
        long before = jdbc.one("SELECT COUNT(*) AS made FROM bulletin", List.of()).longValue("made");
        given().post("/api/v1/bulletins").then().statusCode(503).contentType("application/problem+json")
                .header("Retry-After", not(equalTo(null))).body("detail", containsString("kpi-service"));
        assertThat(jdbc.one("SELECT COUNT(*) AS made FROM bulletin", List.of()).longValue("made")).isEqualTo(before);
        given().get("/api/v1/bulletins/999999999").then().statusCode(404).contentType("application/problem+json");
        given().get("/api/v1/bulletins/abc").then().statusCode(404);
        given().get("/api/v1/bulletins/schedule").then().statusCode(200).body("at", equalTo("16:00"))
                .body("everyDays", equalTo(2)).body("scheduled", equalTo(false)).body("nextSlot", containsString("T16:00:00+07:00"));
    }

    @Test
    void badAppendixRequestsNameTheParameter() {
        given().queryParam("from", "2022-06-01").queryParam("to", "2022-09-01").get("/api/v1/appendices/7").then().statusCode(404)
                .contentType("application/problem+json");
        given().queryParam("from", "2022-06-01").queryParam("to", "2022-09-01").queryParam("format", "pdf")
                .get("/api/v1/appendices/3").then().statusCode(400).body("violations.field", hasItem("format"));
        given().queryParam("from", "2022-06-01").get("/api/v1/appendices/3").then().statusCode(400)
                .body("violations.field", hasItem("to"));
        given().queryParam("from", "2022-06-01").queryParam("to", "2022-09-01").queryParam("tier", "VILLAGE")
                .get("/api/v1/appendices/1").then().statusCode(400).body("violations.field", hasItem("tier"));
    }
}
