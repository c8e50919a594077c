package vn.dvc.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.dvc.e2e.DashboardProvince.CAMPAIGN;
import static vn.dvc.e2e.DashboardProvince.OVERDUE;
import static vn.dvc.e2e.DashboardProvince.PROVINCE;
import static vn.dvc.e2e.DashboardProvince.RUN;
import static vn.dvc.e2e.DashboardProvince.TODAY;
import static vn.dvc.e2e.DashboardProvince.view;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dashboard for the people in the room, in headless Chromium against the real suite: every page on a phone
 * (390 × 844) without sideways scrolling and with finger-sized controls; a page printed to A4 with what it is on top and
 * page numbers below, wide tables on landscape pages; a table taken away as a workbook with the page's numbers; names in
 * Vietnamese order with numbers in numeric order. Phone screenshots and a printed page go to target/screenshots.
 */
class DashboardPhoneAndPaperTest {

    private static final int PHONE_WIDTH = 390;
    private static final int PHONE_HEIGHT = 844;
    private static final String SMALL_CONTROLS = "return Array.from(document.querySelectorAll("
            + "'button, select, input, summary, nav.views a, .pager a, .downloads a, .breadcrumb a'))"
            + ".filter(e => e.offsetParent !== null).map(e => [e, e.getBoundingClientRect()])"
            + ".filter(([e, r]) => r.height < 44 || r.width < 44)"
            + ".map(([e, r]) => (e.id || e.tagName + ' ' + e.textContent.trim().slice(0, 30)) + ': ' + Math.round(r.width)"
            + " + ' × ' + Math.round(r.height))";
    private static final String ORDERED = "OD" + RUN;

    private static Browser browser;

    @BeforeAll
    static void openBrowser() {
        browser = DashboardProvince.browser();
        // a province whose departments are numbered: "Sở 2" comes before "Sở 10"
        List<Map<String, Object>> units = new ArrayList<>();
        units.add(Map.of("code", ORDERED, "name", "Tỉnh Thứ Tự " + RUN, "tier", "PROVINCE"));
        for (int number : List.of(10, 2, 1, 11, 3, 9, 4, 8, 5, 7, 6)) {
            units.add(Map.of("code", ORDERED + ".S" + number, "name", "Sở " + number, "tier", "DEPARTMENT", "parentCode", ORDERED));
        }
        units.add(Map.of("code", ORDERED + ".SA", "name", "Sở Ánh Sáng", "tier", "DEPARTMENT", "parentCode", ORDERED));
        units.add(Map.of("code", ORDERED + ".SB", "name", "Sở Bưu Chính", "tier", "DEPARTMENT", "parentCode", ORDERED));
        given().contentType(ContentType.JSON).body(units).put("/api/v1/units").then().statusCode(200);
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void everyPageFitsAPhoneWithoutSidewaysScrollingAndWithFingerSizedControls() {
        browser.signIn(RunningSuite.key("ops"));
        browser.driver().executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", PHONE_WIDTH, "height", PHONE_HEIGHT,
                "deviceScaleFactor", 2, "mobile", true));
        try {
            for (Map.Entry<String, String> page : DashboardProvince.everyPage().entrySet()) {
                browser.open(page.getValue());
                long innerWidth = ((Number) browser.script("return innerWidth")).longValue();
                assertThat(innerWidth).isEqualTo(PHONE_WIDTH);
                assertThat(((Number) browser.script("return document.documentElement.scrollWidth")).longValue())
                        .as(page.getKey() + ": the page never scrolls sideways").isLessThanOrEqualTo(innerWidth);
                assertThat(browser.script(SMALL_CONTROLS)).as(page.getKey() + ": controls of at least 44 × 44 px")
                        .asList().isEmpty();
                assertThat(browser.script("return Array.from(document.querySelectorAll('#main .table-scroll'))"
                        + ".filter(box => box.getBoundingClientRect().right > innerWidth + 0.5).length"))
                        .as(page.getKey() + ": every table's box within the screen (the table scrolls inside it)").isEqualTo(0L);
                browser.script("document.querySelector('#main h1').scrollIntoView()");
                browser.screenshot("phone-" + page.getKey());
            }
            browser.open(view("overview", PROVINCE));
            assertThat(browser.script("return new Set(Array.from(document.querySelectorAll('.card'))"
                    + ".map(card => Math.round(card.getBoundingClientRect().left))).size")).as("the figures, one card per row").isEqualTo(1L);
            browser.open(view("unit", PROVINCE));
            assertThat(browser.script("return Array.from(document.querySelectorAll('.chart canvas'))"
                    + ".filter(c => c.getBoundingClientRect().right > innerWidth).length")).as("charts fit the width").isEqualTo(0L);
            assertThat(((Number) browser.script("return document.querySelectorAll('.chart canvas').length")).intValue()).isPositive();
            assertThat(browser.script("const box = document.querySelector('#children').parentElement;"
                    + "box.scrollLeft = 1000; const first = box.querySelector('tbody th').getBoundingClientRect();"
                    + "return first.left >= box.getBoundingClientRect().left - 0.5 && box.scrollLeft > 0"))
                    .as("a wide table scrolls in its box with its first column kept in view").isEqualTo(true);
        } finally {
            browser.driver().executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    @Test
    void theChartsTakeTheWholeWidthWithDayLabelsThatNeverOverlap() {
        browser.signIn(RunningSuite.key("ops"));
        browser.open(view("unit", PROVINCE) + "&from=" + TODAY.minusDays(200) + "&to=" + TODAY.plusDays(1));
        double mainWidth = ((Number) browser.script("const m = getComputedStyle(document.getElementById('main'));"
                + "return document.getElementById('main').clientWidth - parseFloat(m.paddingLeft) - parseFloat(m.paddingRight)"))
                .doubleValue();
        double chartWidth = ((Number) browser.script("return document.querySelector('.chart .uplot').getBoundingClientRect().width"))
                .doubleValue();
        assertThat(chartWidth).as("the chart takes the page's width").isGreaterThan(mainWidth * 0.9);
        // uPlot draws its axes' labels on the canvas: the chart keeps the ones drawn in data-ticks
        List<String> labels = List.of(((String) browser.script("return document.querySelector('.chart .uplot').dataset.ticks"))
                .split(" "));
        assertThat(labels).hasSizeGreaterThan(2).allMatch(label -> label.matches("\\d{2}/\\d{2}"));
        assertThat(labels.size()).as("ticks at least 80 px apart").isLessThanOrEqualTo((int) (chartWidth / 80) + 1);
    }

    @Test
    void aPagePrintsOnA4WithWhatItIsOnTopPageNumbersBelowItsChartsAndTables() throws IOException {
        browser.signIn(RunningSuite.key("ops"));
        browser.open(view("unit", PROVINCE));
        String version = given().queryParam("unit", PROVINCE).queryParam("from", TODAY.minusDays(10).toString())
                .queryParam("to", TODAY.plusDays(21).toString()).get("/api/v1/kpis").then().extract().path("rulesVersion");
        browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertThat(browser.find("#print-head").isDisplayed()).isTrue();
            assertThat(browser.find(".views").isDisplayed()).as("navigation left out").isFalse();
            assertThat(browser.find("#pickers").isDisplayed()).as("pickers left out").isFalse();
            assertThat(browser.all(".take-away")).allMatch(button -> !button.isDisplayed());
        } finally {
            browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
        int charts = ((Number) browser.script("return document.querySelectorAll('.chart canvas').length")).intValue();
        try (PDDocument printed = printed()) {
            String text = new PDFTextStripper().getText(printed).replace('\u00a0', ' ').replaceAll("\\s+", " ");
            PDPage first = printed.getPage(0);
            assertThat(first.getMediaBox().getWidth()).as("A4 portrait, in points").isCloseTo(595f, org.assertj.core.data.Offset.offset(2f));
            assertThat(first.getMediaBox().getHeight()).isCloseTo(842f, org.assertj.core.data.Offset.offset(2f));
            assertThat(text).contains("Tỉnh Thử Nghiệm " + RUN + " (" + PROVINCE + ")", "Kỳ số liệu: ", "Quy tắc đếm phiên bản " + version,
                    "Số liệu đến ", "Các chỉ tiêu của đơn vị", "Trang 1 / " + printed.getNumberOfPages(),
                    "Số liệu theo tuần");
            assertThat(text).doesNotContain("Đăng xuất", "Tải bảng này", "Bỏ qua, đến nội dung chính", "Đến hết ngày (dd/mm/yyyy)");
            int images = 0;
            for (PDPage page : printed.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    images += page.getResources().getXObject(name) instanceof PDImageXObject ? 1 : 0;
                }
            }
            assertThat(images).as("the charts printed").isGreaterThanOrEqualTo(charts);
            BufferedImage picture = new PDFRenderer(printed).renderImageWithDPI(0, 70);
            Files.createDirectories(Browser.SCREENSHOTS);
            ImageIO.write(picture, "png", Browser.SCREENSHOTS.resolve("print-unit.png").toFile());
        }
        browser.open(view("tasks", PROVINCE));
        try (PDDocument printed = printed()) {
            boolean landscape = false;
            for (PDPage page : printed.getPages()) {
                landscape |= page.getMediaBox().getWidth() > page.getMediaBox().getHeight();
            }
            assertThat(landscape).as("the tasks' eight columns on a landscape page").isTrue();
            assertThat(new PDFTextStripper().getText(printed)).contains("Nhiệm vụ của kế hoạch và tình hình thực hiện");
        }
    }

    private static PDDocument printed() throws IOException {
        Map<String, Object> pdf = browser.driver().executeCdpCommand("Page.printToPDF", Map.of("preferCSSPageSize", true,
                "printBackground", true));
        return Loader.loadPDF(Base64.getDecoder().decode((String) pdf.get("data")));
    }

    @Test
    void aTableIsTakenAwayAsAWorkbookWithThePagesNumbers() throws IOException {
        browser.signIn(RunningSuite.key("ops"));
        browser.open(view("ranking", PROVINCE, "indicator=ONLINE_DOSSIER_SHARE", "tier=DISTRICT"));
        JsonPath ranking = given().queryParam("indicator", "ONLINE_DOSSIER_SHARE").queryParam("tier", "DISTRICT")
                .queryParam("within", PROVINCE).queryParam("from", TODAY.minusDays(10).toString())
                .queryParam("to", TODAY.plusDays(21).toString()).get("/api/v1/kpis/ranking").then().statusCode(200).extract().jsonPath();
        browser.find("button.take-away[data-table='ranking']").click();
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> browser.downloaded().stream()
                .anyMatch(file -> file.getName().startsWith("xep-hang") && file.getName().endsWith(".xlsx")));
        File workbook = browser.downloaded().stream().filter(file -> file.getName().startsWith("xep-hang")).findFirst().orElseThrow();
        try (XSSFWorkbook opened = new XSSFWorkbook(new FileInputStream(workbook))) {
            Sheet sheet = opened.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).startsWith("Xếp hạng — Bảng xếp hạng Cấp huyện");
            Row header = sheet.getRow(2);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Hạng");
            assertThat(header.getCell(1).getStringCellValue()).isEqualTo("Đơn vị");
            assertThat(header.getCell(2).getStringCellValue()).isEqualTo("Kết quả");
            List<Map<String, Object>> units = ranking.getList("units");
            assertThat(sheet.getLastRowNum()).isEqualTo(2 + units.size());
            for (int index = 0; index < units.size(); index++) {
                Row row = sheet.getRow(3 + index);
                JsonPath unit = JsonPath.from(new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(units.get(index)));
                assertThat(row.getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(unit.getInt("rank"));
                assertThat(row.getCell(1).getStringCellValue()).isEqualTo(unit.getString("name"));
                assertThat(row.getCell(2).getNumericCellValue()).as("the percent as the page shows it, a number")
                        .isCloseTo(unit.getDouble("figure.percent"), org.assertj.core.data.Offset.offset(0.005));
            }
        }
    }

    @Test
    void namesAreInVietnameseOrderWithNumbersInNumericOrder() {
        browser.signIn(RunningSuite.key("ops"));
        browser.open("/?view=unit&unit=" + ORDERED + "&campaign=" + CAMPAIGN);
        List<String> expected = List.of("Sở 1", "Sở 2", "Sở 3", "Sở 4", "Sở 5", "Sở 6", "Sở 7", "Sở 8", "Sở 9", "Sở 10", "Sở 11",
                "Sở Ánh Sáng", "Sở Bưu Chính");
        assertThat(browser.all("#children tbody th").stream().map(Browser::text).toList()).isEqualTo(expected);
        @SuppressWarnings("unchecked")
        List<String> picker = (List<String>) browser.script("return Array.from(document.querySelectorAll('#pick-unit option'))"
                + ".filter(o => o.value.startsWith(arguments[0] + '.')).map(o => o.textContent.trim())", ORDERED);
        assertThat(picker).isEqualTo(expected);
    }
}
