package vn.dvc.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bulletin as the steering committee's document, through the gateway of the real suite: a province's bulletin
 * made, then fetched as DOCX and opened with POI — the header lines of an administrative document (Decree 30/2020), the
 * title, every table's numbers equal to the bulletin's JSON, one chart image per indicator, "Nơi nhận".
 */
class BulletinDocumentThroughGatewayTest {

    private static final ZoneId LOCAL = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DecimalFormatSymbols VIETNAMESE = DecimalFormatSymbols.getInstance(Locale.forLanguageTag("vi"));

    private final String run = UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
    private final String province = "VB" + run;
    private final String service = "TT.VB" + run;

    @BeforeAll
    static void suite() {
        RestAssured.baseURI = RunningSuite.gateway().toString();
        RestAssured.port = RunningSuite.gateway().getPort();
    }

    @Test
    void theBulletinArrivesAsADocumentTheCommitteeWouldSignWithTheBulletinsNumbers() throws Exception {
        List<String> districts = List.of(province + ".H1", province + ".H2", province + ".H3");
        List<Map<String, Object>> units = new ArrayList<>(List.of(Map.of("code", province, "name", "Tỉnh Văn Bản " + run, "tier", "PROVINCE"),
                Map.of("code", province + ".STP", "name", "Sở Tư pháp", "tier", "DEPARTMENT", "parentCode", province)));
        for (int i = 0; i < districts.size(); i++) {
            units.add(Map.of("code", districts.get(i), "name", "Huyện " + (i + 1), "tier", "DISTRICT", "parentCode", province));
        }
        given().contentType(ContentType.JSON).body(units).put("/api/v1/units").then().statusCode(200);
        given().contentType(ContentType.JSON).body(List.of(Map.of("code", service, "name", "Chứng thực bản sao", "field", "Chứng thực",
                        "feeBearing", false, "offerings", List.of(Map.of("tier", "DISTRICT", "onlineMode", "FULL"),
                                Map.of("tier", "DEPARTMENT", "onlineMode", "FULL")))))
                .put("/api/v1/services").then().statusCode(200);
        Instant received = Instant.now().minus(Duration.ofDays(1));
        List<Map<String, Object>> events = new ArrayList<>();
        for (int i = 0; i < districts.size(); i++) {
            for (int dossier = 0; dossier <= i; dossier++) {
                events.add(Map.of("eventId", province + "-" + i + "-" + dossier, "dossierId", province + "-" + i + "-" + dossier,
                        "status", "RECEIVED", "occurredAt", received.toString(), "unitCode", districts.get(i), "serviceCode", service,
                        "channel", dossier == 0 ? "ONLINE" : "DIRECT", "dueAt", received.plus(Duration.ofDays(5)).toString()));
            }
        }
        given().contentType(ContentType.JSON).body(events).post("/api/v1/dossier-events/batch").then().statusCode(202);
        RunningSuite.awaitUnitsKnown("/api/v1/reports/completion", Map.of("period", "2022-Q1"), districts.toArray(String[]::new));

        JsonPath bulletin = given().queryParam("province", province).header("Idempotency-Key", "docx-" + run)
                .post("/api/v1/bulletins").then().statusCode(201).extract().jsonPath();
        long id = bulletin.getLong("id");
        given().get("/api/v1/bulletins/" + id).then().statusCode(200)
                .body("madeAt", org.hamcrest.Matchers.equalTo(bulletin.getString("madeAt")))
                .body("madeAt", org.hamcrest.Matchers.endsWith("+07:00"));
        Response answer = given().queryParam("format", "docx").get("/api/v1/bulletins/" + id);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(answer.header("Content-Disposition")).contains("ban-tin-" + id + ".docx");

        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(answer.asByteArray()))) {
            XWPFTable heading = document.getTables().get(0);
            LocalDate made = java.time.OffsetDateTime.parse(bulletin.getString("madeAt")).toLocalDate();
            assertThat(column(heading, 0)).containsExactly("UBND TỈNH VĂN BẢN " + run, "BAN CHỈ ĐẠO CHIẾN DỊCH DVCTT",
                    "Số: " + id + "/BC-BCĐ");
            assertThat(column(heading, 1)).containsExactly("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                    String.format("Văn Bản %s, ngày %02d tháng %02d năm %d", run, made.getDayOfMonth(), made.getMonthValue(), made.getYear()));
            List<String> paragraphs = document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(paragraphs).contains("BÁO CÁO", "Tiến độ thực hiện chiến dịch " + bulletin.getString("campaign")
                    + " đến hết ngày " + day(LocalDate.parse(bulletin.getString("asOf"))));
            String whole = document.getTables().stream().map(XWPFTable::getText).collect(Collectors.joining("\n"));
            assertThat(whole).contains("Nơi nhận:", "- Lưu: VT.", "TM. BAN CHỈ ĐẠO", "TRƯỞNG BAN");

            List<Map<String, Object>> sections = bulletin.getList("sections.findAll { it.units.size() > 0 }");
            List<String> codes = bulletin.getList("sections.find { it.units.size() > 0 }.units[0].indicators.code", String.class);
            assertThat(codes).hasSize(5);
            for (Map<String, Object> section : sections) {
                JsonPath lines = JsonPath.from(new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(section));
                for (Map<String, Object> unit : lines.<Map<String, Object>>getList("units")) {
                    XWPFTableRow row = rowNaming(document, (String) unit.get("unitName"), codes.size() + 3);
                    @SuppressWarnings("unchecked")
                    List<Map<String, Object>> indicators = (List<Map<String, Object>>) unit.get("indicators");
                    for (int i = 0; i < codes.size(); i++) {
                        Map<String, Object> line = indicators.get(i);
                        Object figure = line.get("percent") != null ? line.get("percent") : line.get("value");
                        String expected = figure == null ? "—" : number(figure) + (line.get("rank") == null ? "" : " (" + line.get("rank") + ")");
                        assertThat(row.getCell(2 + i).getText()).as(unit.get("unitName") + " " + codes.get(i)).isEqualTo(expected);
                    }
                    assertThat(row.getCell(2 + codes.size()).getText()).isEqualTo(String.valueOf(unit.get("openOverdue")));
                }
            }
            XWPFTable targets = document.getTables().get(1);
            assertThat(targets.getRow(0).getCell(0).getText()).isEqualTo("STT");
            for (int i = 0; i < codes.size(); i++) {
                for (int s = 0; s < sections.size(); s++) {
                    String code = codes.get(i);
                    JsonPath section = JsonPath.from(new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(sections.get(s)));
                    int met = section.getList("units.indicators.flatten().findAll { it.code == '" + code + "' && it.met == true }").size();
                    int judged = section.getList("units.indicators.flatten().findAll { it.code == '" + code + "' && it.met != null }").size();
                    assertThat(targets.getRow(1 + i).getCell(3 + s).getText()).as(code).isEqualTo(met + " / " + judged);
                }
            }
            List<List<String>> overdue = new ArrayList<>();
            for (Map<String, Object> unit : bulletin.<Map<String, Object>>getList("overdueTasks")) {
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> tasks = (List<Map<String, Object>>) unit.get("tasks");
                for (Map<String, Object> task : tasks) {
                    overdue.add(List.of((String) unit.get("unitCode"), (String) task.get("code"),
                            String.valueOf(((List<?>) task.get("overdueUnits")).size())));
                }
            }
            assertThat(overdue).as("the campaign's tasks are past their 2022 deadlines").isNotEmpty();
            XWPFTable tasks = document.getTables().stream().filter(table -> table.getRow(0).getTableCells().size() > 6
                    && "Mã nhiệm vụ".equals(table.getRow(0).getCell(3).getText())).findFirst().orElseThrow();
            assertThat(tasks.getRows().stream().skip(1).map(row -> List.of(row.getCell(1).getText(), row.getCell(3).getText(),
                    row.getCell(6).getText())).toList()).as("the overdue tasks, as the bulletin has them").isEqualTo(overdue);
            assertThat(document.getAllPictures()).as("a chart per indicator, drawn on the server").hasSize(codes.size());
            assertThat(document.getAllPictures()).allSatisfy(picture -> assertThat(picture.getData()).startsWith(0x89, 'P', 'N', 'G'));
        }
        Files.createDirectories(Browser.SCREENSHOTS);
        Files.write(Browser.SCREENSHOTS.resolve("bulletin.docx"), answer.asByteArray());
        given().queryParam("format", "odt").get("/api/v1/bulletins/" + id).then().statusCode(400)
                .contentType("application/problem+json");
        Response pdf = given().queryParam("format", "pdf").get("/api/v1/bulletins/" + id);
        if (!Files.isExecutable(SOFFICE)) {
            System.err.println("*** LibreOffice (" + SOFFICE + ") is not installed: the bulletin as PDF was NOT checked ***");
            assertThat(pdf.statusCode()).as("no converter, said so").isEqualTo(422);
            return;
        }
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        try (PDDocument printed = Loader.loadPDF(pdf.asByteArray())) {
            String text = new PDFTextStripper().getText(printed).replaceAll("\\s+", " ");
            assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số: " + id + "/BC-BCĐ",
                    "BÁO CÁO", "Nơi nhận:", "Huyện 3");
            assertThat(printed.getPage(0).getMediaBox().getWidth()).as("A4").isCloseTo(595f, org.assertj.core.data.Offset.offset(2f));
            ImageIO.write(new PDFRenderer(printed).renderImageWithDPI(0, 70), "png",
                    Browser.SCREENSHOTS.resolve("bulletin-docx.png").toFile());
        }
    }

    private static final Path SOFFICE = Path.of("/usr/bin/soffice");

    private static List<String> column(XWPFTable table, int column) {
        return table.getRows().stream().map(row -> row.getCell(column).getText()).toList();
    }

    private static XWPFTableRow rowNaming(XWPFDocument document, String unitName, int columns) {
        for (XWPFTable table : document.getTables()) {
            for (XWPFTableRow row : table.getRows()) {
                if (row.getTableCells().size() == columns && row.getCell(1).getText().equals(unitName)) {
                    return row;
                }
            }
        }
        throw new AssertionError("no ranking row for " + unitName);
    }

    private static String number(Object value) {
        DecimalFormat format = new DecimalFormat("#,##0.##", VIETNAMESE);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(new BigDecimal(value.toString()));
    }

    private static String day(LocalDate date) {
        return String.format("%02d/%02d/%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }
}
