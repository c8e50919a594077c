package vn.dvc.dossier.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dvc.commons.jdbc.Jdbc;

/** History imports through the real service and database: a file in, its rows through the intake, its refusals out. */
@QuarkusTest
class ImportResourceTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String APPLICANT = "Trần Thị Nhậpkhẩu";

    private final PortalEvents portal = new PortalEvents();
    private final String run = portal.run;

    @Inject
    Jdbc jdbc;

    @BeforeEach
    void referenceData() {
        portal.createReferenceData();
    }

    /** Three dossiers' events, a row with an impossible day, a row of an unknown unit; a name column never read. */
    private String eventsCsv() {
        String d1 = "HS1-" + run;
        String d2 = "HS2-" + run;
        String d3 = "HS3-" + run;
        return "\uFEFFMa ho so;Trang thai;Thoi diem;Don vi xu ly;Ma TTHC;Kenh;Han xu ly;Ho ten nguoi nop\r\n"
                + d1 + ";RECEIVED;01/06/2022 08:30;" + portal.department + ";" + portal.service + ";ONLINE;08/06/2022 17:00;" + APPLICANT + "\r\n"
                + d1 + ";RESOLVED;05/06/2022 10:00;;;;;" + APPLICANT + "\r\n"
                + d2 + ";2;20220602090000;" + portal.department + ";" + portal.service + ";DIRECT;10/06/2022 17:00;" + APPLICANT + "\r\n"
                + d3 + ";RECEIVED;31/02/2022 08:00;" + portal.department + ";" + portal.service + ";ONLINE;08/03/2022 17:00;\r\n"
                + ";;;;;;;\r\n"
                + "HS4-" + run + ";RECEIVED;03/06/2022 08:00;NO-SUCH-UNIT-" + run + ";" + portal.service + ";ONLINE;10/06/2022 17:00;\r\n";
    }

    private static JsonPath upload(byte[] file, String contentType, String query) {
        return given().contentType(contentType).body(file).post("/api/v1/imports" + query).then().statusCode(202)
                .extract().jsonPath();
    }

    private static JsonPath finished(String id) {
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> given().get("/api/v1/imports/" + id).then().extract()
                .jsonPath().getString("status").equals("DONE"));
        return given().get("/api/v1/imports/" + id).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void anOfficesCsvBecomesEventsAndItsBadRowsAreListedInVietnamese() {
        JsonPath started = upload(eventsCsv().getBytes(StandardCharsets.UTF_8), "text/csv", "?name=lich-su.csv");
        assertThat(started.getString("kind")).isEqualTo("dossier-events");
        assertThat(started.getString("format")).isEqualTo("CSV");
        JsonPath done = finished(started.getString("id"));
        assertThat(done.getLong("rowsRead")).isEqualTo(5);
        assertThat(done.getLong("accepted")).isEqualTo(3);
        assertThat(done.getLong("rejected")).isEqualTo(2);
        assertThat(done.getDouble("fractionDone")).isEqualTo(1.0);

        given().get("/api/v1/dossiers/HS1-" + run).then().statusCode(200).body("status", equalTo("RESOLVED"))
                .body("channel", equalTo("ONLINE"));
        given().get("/api/v1/dossiers/HS2-" + run).then().statusCode(200).body("status", equalTo("RECEIVED"))
                .body("channel", equalTo("DIRECT"));
        given().get("/api/v1/dossiers/HS4-" + run).then().statusCode(404);

        String rejections = given().get("/api/v1/imports/" + started.getString("id") + "/rejections").then().statusCode(200)
                .contentType("text/csv").extract().asString();
        assertThat(rejections.lines().toList()).containsExactly("\uFEFFDòng,Trường,Lý do",
                "5,occurredAt,\"không phải thời điểm (dd/MM/yyyy HH:mm, yyyyMMddHHmmss hoặc ISO-8601)\"",
                "7,unitCode,mã đơn vị chưa có trong danh mục đơn vị");
        assertThat(jdbc.one("SELECT COUNT(*) AS found FROM dossier_event WHERE payload LIKE ?", List.of("%" + APPLICANT + "%"))
                .longValue("found")).isZero();
    }

    @Test
    void theSameFileTwiceChangesNothingTheSecondTime() {
        byte[] file = eventsCsv().getBytes(StandardCharsets.UTF_8);
        finished(upload(file, "text/csv", "").getString("id"));
        String dossierBefore = given().get("/api/v1/dossiers/HS1-" + run).then().extract().asString();

        JsonPath again = finished(upload(file, "text/csv", "").getString("id"));
        assertThat(again.getLong("accepted")).isZero();
        assertThat(again.getLong("duplicate")).isEqualTo(3);
        assertThat(again.getLong("rejected")).isEqualTo(2);
        assertThat(given().get("/api/v1/dossiers/HS1-" + run).then().extract().asString()).isEqualTo(dossierBefore);
    }

    @Test
    void aWorkbookOfNationalPortalRowsWithRealDateCells() throws IOException {
        given().contentType("application/json").body(List.of(Map.of("dvcqgCode", "000.00.17.H10-" + run, "unitCode", portal.department)))
                .put("/api/v1/dvcqg/unit-codes").then().statusCode(200);
        byte[] workbook = workbook(List.of("Mã hồ sơ", "Mã TTHC", "Đơn vị xử lý", "Kênh thực hiện", "Trạng thái hồ sơ",
                "Ngày tiếp nhận", "Ngày hẹn trả", "Ngày kết thúc xử lý", "Lệ phí", "Kết quả điện tử", "Số điện thoại"), List.of(
                List.of("DV1-" + run, portal.service, "000.00.17.H10-" + run, 2, 9, LocalDateTime.of(2022, 6, 1, 8, 30),
                        LocalDateTime.of(2022, 6, 8, 17, 0), LocalDateTime.of(2022, 6, 7, 15, 0), 100000, "Có", "0987000111"),
                List.of("DV2-" + run, portal.service, "000.00.17.H10-" + run, 1, 2, "02/06/2022 09:00", "20220609170000", "", 0,
                        "Không", "0987000222"),
                List.of("DV3-" + run, portal.service, "000.00.17.H10-" + run, 2, 11, "02/06/2022 09:00", "", "", "", "", "")));
        JsonPath done = finished(upload(workbook, XLSX, "?kind=dvcqg-dossiers&name=dvcqg.xlsx").getString("id"));
        assertThat(done.getString("format")).isEqualTo("XLSX");
        assertThat(done.getLong("accepted")).isEqualTo(2);
        assertThat(done.getLong("rejected")).isEqualTo(1);

        given().get("/api/v1/dossiers/DV1-" + run).then().statusCode(200).body("status", equalTo("RESOLVED"))
                .body("channel", equalTo("ONLINE")).body("feeRequired", equalTo(true)).body("electronicResult", equalTo(true))
                .body("receivedAt", equalTo("2022-06-01T08:30:00+07:00"));
        given().get("/api/v1/dossiers/DV2-" + run).then().statusCode(200).body("status", equalTo("RECEIVED"))
                .body("channel", equalTo("DIRECT")).body("feeRequired", equalTo(false));
        String rejections = given().get("/api/v1/imports/" + done.getString("id") + "/rejections").then().extract().asString();
        assertThat(rejections).contains("4,TrangThaiHoSo,phải là mã trạng thái 1–10");
        assertThat(jdbc.one("SELECT COUNT(*) AS found FROM dossier_event WHERE payload LIKE '%0987000%'", List.of())
                .longValue("found")).isZero();
    }

    @Test
    void oldMacLineEndsVietnameseStatusWordsAndAmountsBelowZero() {
        String d1 = "MC1-" + run;
        String d2 = "MC2-" + run;
        String csv = "Mã hồ sơ;Trạng thái;Thời điểm;Đơn vị xử lý;Mã TTHC;Kênh;Hạn xử lý\r"
                + d1 + ";Đã tiếp nhận;01/06/2022 08:30;" + portal.department + ";" + portal.service + ";ONLINE;08/06/2022 17:00\r"
                + d1 + ";HOÀN THÀNH;05/06/2022 10:00;;;;\r"
                + d2 + ";da tiep nhan;02/06/2022 08:30;" + portal.department + ";" + portal.service + ";DIRECT;09/06/2022 17:00\r"
                + d2 + ";Sắp xong;03/06/2022 08:30;;;;\r";
        JsonPath done = finished(upload(csv.getBytes(StandardCharsets.UTF_8), "text/csv", "?name=mac.csv").getString("id"));
        assertThat(done.getLong("rowsRead")).isEqualTo(4);
        assertThat(done.getLong("accepted")).isEqualTo(3);
        given().get("/api/v1/dossiers/" + d1).then().statusCode(200).body("status", equalTo("RESOLVED"));
        given().get("/api/v1/dossiers/" + d2).then().statusCode(200).body("status", equalTo("RECEIVED"));
        String rejections = given().get("/api/v1/imports/" + done.getString("id") + "/rejections").then().extract().asString();
        assertThat(rejections.lines().skip(1).toList()).singleElement().asString().startsWith("5,status,").doesNotContain("Sắp xong");

        String portalRows = "Mã hồ sơ,Trạng thái hồ sơ,Mã TTHC,Đơn vị xử lý,Kênh thực hiện,Ngày tiếp nhận,Ngày hẹn trả,Tổng lệ phí\r"
                + "NF-" + run + ",Đã tiếp nhận," + portal.service + "," + portal.department + ",2,01/06/2022 08:30,08/06/2022 17:00,-50.000\r";
        JsonPath fees = finished(upload(portalRows.getBytes(StandardCharsets.UTF_8), "text/csv", "?kind=dvcqg-dossiers").getString("id"));
        assertThat(fees.getLong("rejected")).isEqualTo(1);
        assertThat(given().get("/api/v1/imports/" + fees.getString("id") + "/rejections").then().extract().asString())
                .contains("2,LePhi,").doesNotContain("50.000");
        given().get("/api/v1/dossiers/NF-" + run).then().statusCode(404);
    }

    @Test
    void aPhoneNumberShiftedIntoAnotherColumnNeverReachesTheRejections() {
        // the name's comma is not quoted: every cell after it moves one column right, the phone into the status and the time
        String csv = "Mã hồ sơ,Họ tên,Trạng thái,Thời điểm,Đơn vị xử lý,Mã TTHC,Kênh,Hạn xử lý\n"
                + "SH-" + run + ",Nguyễn, Văn A,0912345777,0912345777,01/06/2022 08:30," + portal.department + "," + portal.service
                + ",ONLINE,08/06/2022 17:00\n";
        JsonPath done = finished(upload(csv.getBytes(StandardCharsets.UTF_8), "text/csv", "").getString("id"));
        assertThat(done.getLong("rejected")).isEqualTo(1);
        String rejections = given().get("/api/v1/imports/" + done.getString("id") + "/rejections").then().extract().asString();
        assertThat(rejections.lines().skip(1).toList()).extracting(line -> line.split(",")[1]).contains("status", "occurredAt");
        String phone = "0912345777";
        for (int i = 0; i + 3 <= phone.length(); i++) {
            assertThat(rejections).as("no three digits of the phone number in a row").doesNotContain(phone.substring(i, i + 3));
        }
        assertThat(rejections).doesNotContain("Văn").doesNotContain("Nguyễn");
    }

    @Test
    void aFileThatCannotBeReadOnFailsInVietnameseLeavesNoFileAndTheNextImportsExactly() throws IOException {
        StringBuilder stray = new StringBuilder("Mã hồ sơ,Trạng thái,Thời điểm,Đơn vị xử lý,Mã TTHC,Kênh,Hạn xử lý\n");
        stray.append("SQ1-").append(run).append(",RECEIVED,01/06/2022 08:30,").append(portal.department).append(',').append(portal.service)
                .append(",ONLINE,08/06/2022 17:00\n");
        stray.append("\"SQ2-").append(run).append(",RECEIVED,01/06/2022 08:30\n");
        stray.append(("SQ3-" + run + ",RECEIVED,01/06/2022 08:30," + portal.department + "," + portal.service + ",ONLINE,08/06/2022 17:00\n")
                .repeat(30_000));
        String id = upload(stray.toString().getBytes(StandardCharsets.UTF_8), "text/csv", "").getString("id");
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> given().get("/api/v1/imports/" + id).then().extract()
                .jsonPath().getString("status").equals("FAILED"));
        JsonPath failed = given().get("/api/v1/imports/" + id).then().extract().jsonPath();
        assertThat(failed.getString("failure")).startsWith("Dòng 3: ").doesNotContain("Exception").doesNotContain("java");
        assertThat(failed.getLong("accepted")).as("the rows before it stay").isEqualTo(1);
        assertThat(importFiles()).noneMatch(name -> name.startsWith(id));

        JsonPath next = finished(upload(eventsCsv().getBytes(StandardCharsets.UTF_8), "text/csv", "").getString("id"));
        assertThat(next.getLong("accepted")).isEqualTo(3);
        assertThat(importFiles()).noneMatch(name -> name.startsWith(next.getString("id")));
    }

    @Test
    void anImportIsCancelledByItsSenderAndAnEndedOneIsAConflict() {
        StringBuilder rows = new StringBuilder("Mã hồ sơ,Trạng thái,Thời điểm,Đơn vị xử lý,Mã TTHC,Kênh,Hạn xử lý\n");
        for (int i = 0; i < 60_000; i++) {
            rows.append("CX-").append(run).append('-').append(i).append(",RECEIVED,01/06/2022 08:30,").append(portal.department)
                    .append(',').append(portal.service).append(",ONLINE,08/06/2022 17:00\n");
        }
        String id = upload(rows.toString().getBytes(StandardCharsets.UTF_8), "text/csv", "").getString("id");
        given().delete("/api/v1/imports/" + id).then().statusCode(200).body("status", equalTo("CANCELLED"));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> importFiles().noneMatch(name -> name.startsWith(id)));
        long read = given().get("/api/v1/imports/" + id).then().extract().jsonPath().getLong("rowsRead");
        assertThat(read).isLessThan(60_000);
        Awaitility.await("nothing more is taken after the cancel").during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                .until(() -> given().get("/api/v1/imports/" + id).then().extract().jsonPath().getLong("rowsRead") == read);
        given().delete("/api/v1/imports/" + id).then().statusCode(409).contentType("application/problem+json");
    }

    private java.util.stream.Stream<String> importFiles() throws IOException {
        java.nio.file.Path folder = java.nio.file.Path.of(org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getValue("dossier.imports.dir", String.class));
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).toList().stream();
        }
    }

    @Test
    void aFileLackingARequiredColumnIsRefusedWholeAndNothingIsKept() {
        int before = given().get("/api/v1/imports").then().extract().jsonPath().getList("").size();
        given().contentType("text/csv").body("Ma ho so,Trang thai\r\nX-" + run + ",RECEIVED\r\n").post("/api/v1/imports?kind=dossier-events")
                .then().statusCode(422).contentType("application/problem+json").body("violations.field", hasItem("occurredAt"));
        given().contentType("text/csv").body("Ho ten,So dien thoai\r\n" + APPLICANT + ",0987\r\n").post("/api/v1/imports")
                .then().statusCode(422).body("violations.field", hasItem("kind"));
        given().contentType("text/csv").body("").post("/api/v1/imports").then().statusCode(422).body("violations.field", hasItem("body"));
        given().contentType(XLSX).body("PK\u0003\u0004 not a workbook".getBytes(StandardCharsets.ISO_8859_1)).post("/api/v1/imports")
                .then().statusCode(422).body("violations.field", hasItem("body"));
        given().contentType("text/csv").body("a,b\r\n").post("/api/v1/imports?kind=receipts").then().statusCode(400)
                .body("violations.field", hasItem("kind"));
        assertThat(given().get("/api/v1/imports").then().extract().jsonPath().getList("")).hasSize(before);
    }

    @Test
    void aWorkbookOfSeveralSheetsIsRefusedRatherThanReadInPart() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(10)) {
            for (String name : List.of("Tháng 1-6", "Tháng 7-12")) {
                Row head = workbook.createSheet(name).createRow(0);
                head.createCell(0).setCellValue("Mã hồ sơ");
                head.createCell(1).setCellValue("Trạng thái");
                head.createCell(2).setCellValue("Thời điểm");
            }
            workbook.write(out);
        }
        given().contentType(XLSX).body(out.toByteArray()).post("/api/v1/imports").then().statusCode(422)
                .body("violations.field", hasItem("body")).body("violations.message", hasItem(containsString("Tháng 7-12")));
    }

    @Test
    void anUnknownImportIs404() {
        given().get("/api/v1/imports/no-such-import").then().statusCode(404).contentType("application/problem+json");
        given().get("/api/v1/imports/no-such-import/rejections").then().statusCode(404);
    }

    /** A workbook as offices save it: text and numbers, and times as real date cells. */
    static byte[] workbook(List<String> header, List<List<Object>> rows) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            Sheet sheet = workbook.createSheet("Hồ sơ");
            CellStyle dateTime = workbook.createCellStyle();
            dateTime.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy hh:mm"));
            Row head = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                head.createCell(c).setCellValue(header.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<Object> values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    Object value = values.get(c);
                    if (value instanceof LocalDateTime time) {
                        row.createCell(c).setCellValue(time);
                        row.getCell(c).setCellStyle(dateTime);
                    } else if (value instanceof Number number) {
                        row.createCell(c).setCellValue(number.doubleValue());
                    } else if (!value.toString().isEmpty()) {
                        row.createCell(c).setCellValue(value.toString());
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
