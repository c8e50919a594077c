package vn.dvc.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static vn.dvc.e2e.DashboardProvince.CAMPAIGN;
import static vn.dvc.e2e.DashboardProvince.COMMUNE;
import static vn.dvc.e2e.DashboardProvince.DEPARTMENT;
import static vn.dvc.e2e.DashboardProvince.DISTRICT;
import static vn.dvc.e2e.DashboardProvince.FIVE;
import static vn.dvc.e2e.DashboardProvince.NEAR_DUE;
import static vn.dvc.e2e.DashboardProvince.OVERDUE;
import static vn.dvc.e2e.DashboardProvince.PROVINCE;
import static vn.dvc.e2e.DashboardProvince.RUN;
import static vn.dvc.e2e.DashboardProvince.SIBLING;
import static vn.dvc.e2e.DashboardProvince.TODAY;
import static vn.dvc.e2e.DashboardProvince.day;
import static vn.dvc.e2e.DashboardProvince.kpis;
import static vn.dvc.e2e.DashboardProvince.received;
import static vn.dvc.e2e.DashboardProvince.view;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.File;
import java.io.FileInputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The dashboard in headless Chromium against the real suite and the province of {@link DashboardProvince}: what each
 * role sees, the figures against the API, navigation, worklists, downloads, the URL. Budgets and accessibility:
 * {@link DashboardBudgetsTest}.
 */
class DashboardBrowserTest {

    private static Browser browser;

    @BeforeAll
    static void openBrowser() {
        browser = DashboardProvince.browser();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    private static String vietnamesePercent(double percent) {
        return String.format(Locale.ROOT, "%.2f", percent).replace('.', ',') + " %";
    }

    @Test
    void everyRoleSignsInAndSeesWhatItsKeyMayRead() {
        browser.signIn(RunningSuite.key("portal"));
        assertThat(Browser.text(browser.find("#refused"))).contains("chỉ dùng để gửi dữ liệu");
        assertThat(browser.all("#view-links a")).isEmpty();

        browser.signIn(RunningSuite.key("ministry"));
        assertThat(Browser.text(browser.find("#who-name"))).contains("Bộ, ngành");
        assertThat(browser.all("#view-links a")).as("every view but the worklists, which a ministry key may not read").hasSize(8)
                .extracting(Browser::text).doesNotContain("Hồ sơ sắp quá hạn / quá hạn");
        browser.open(view("worklist", PROVINCE));
        assertThat(Browser.text(browser.find("#refused"))).startsWith("Khóa của bạn không được mở trang này");

        browser.signIn(RunningSuite.key("ops"));
        assertThat(Browser.text(browser.find("#who-name"))).contains("Vận hành");
        browser.open(view("downloads", PROVINCE));
        assertThat(browser.all("[data-bulletin]")).hasSize(1);

        browser.signIn(DashboardProvince.unitKey());
        assertThat(Browser.text(browser.find("#who-name"))).contains(DISTRICT);
        assertThat(new Select(browser.find("#pick-unit")).getOptions()).extracting(option -> option.getAttribute("value"))
                .containsExactly(DISTRICT, COMMUNE);
        assertThat(Browser.text(browser.find("main h1"))).isEqualTo("Tổng quan chiến dịch");

        browser.find("#sign-out").click();
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> browser.find("#sign-in").isDisplayed());
        assertThat(browser.driver().manage().getCookieNamed("__Host-dvc_session")).isNull();
        browser.driver().get(DashboardProvince.base() + view("overview", DISTRICT));
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> browser.find("#sign-in").isDisplayed());
        assertThat(browser.find("#app").isDisplayed()).isFalse();
    }

    @Test
    void theOverviewsFiveFiguresAreTheApisForTheSameUnitAndPeriod() {
        browser.signIn(RunningSuite.key("ministry"));
        browser.open(view("overview", PROVINCE));
        JsonPath api = kpis(RunningSuite.key("ministry"), PROVINCE);
        List<WebElement> cards = browser.all(".card[data-indicator]");
        assertThat(cards).extracting(card -> card.getAttribute("data-indicator")).containsExactly(FIVE.split(","));
        for (WebElement card : cards) {
            String code = card.getAttribute("data-indicator");
            Map<String, Object> figure = api.getMap("indicators.find { it.code == '" + code + "' }");
            assertThat(Long.parseLong(card.getAttribute("data-numerator"))).as(code).isEqualTo(((Number) figure.get("numerator")).longValue());
            assertThat(Long.parseLong(card.getAttribute("data-denominator"))).as(code).isEqualTo(((Number) figure.get("denominator")).longValue());
            String shown = Browser.text(card.findElement(org.openqa.selenium.By.cssSelector(".figure")));
            String verdict = Browser.text(card.findElement(org.openqa.selenium.By.cssSelector(".verdict")));
            if (figure.get("percent") == null) {
                assertThat(shown).as(code).isEqualTo("—");
            } else {
                assertThat(shown).as(code).isEqualTo(vietnamesePercent(((Number) figure.get("percent")).doubleValue()));
            }
            Object met = figure.get("met");
            assertThat(verdict).as(code).isEqualTo(Boolean.TRUE.equals(met) ? "✓ Đạt" : Boolean.FALSE.equals(met) ? "✗ Chưa đạt"
                    : figure.get("target") == null ? "Không có mục tiêu" : "Chưa có số liệu");
        }
        int remaining = given().header("X-API-Key", RunningSuite.key("ministry")).queryParam("within", PROVINCE).queryParam("tier", "PROVINCE")
                .get("/api/v1/campaigns/" + CAMPAIGN + "/progress").then().statusCode(200).extract().jsonPath().getInt("daysRemaining");
        assertThat(Browser.text(browser.find("#days-left"))).startsWith("Còn " + remaining + " ngày đến hết chiến dịch");
        assertThat(Browser.text(browser.find("#freshness"))).contains("Hồ sơ tiếp nhận gần nhất: ngày "
                + String.format("%02d/%02d/%d", TODAY.minusDays(1).getDayOfMonth(), TODAY.minusDays(1).getMonthValue(), TODAY.minusDays(1).getYear()));
    }

    @Test
    void theOverviewMovesAsDossiersArriveWithoutAReload() {
        browser.signIn(RunningSuite.key("ministry"));
        browser.open(view("overview", DEPARTMENT, "refresh=5"));
        WebElement card = browser.find(".card[data-indicator=ONLINE_DOSSIER_SHARE]");
        long before = Long.parseLong(card.getAttribute("data-denominator"));
        Instant now = Instant.now();
        // received yesterday, online, at the department: its share stays 100 %, the province's latest day stays yesterday
        given().contentType(ContentType.JSON).body(List.of(received("D7", DEPARTMENT, "ONLINE", now.minus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(10))))).post("/api/v1/dossier-events/batch").then().statusCode(202);
        String rendered = (String) browser.script("return document.body.dataset.rendered");
        // a refresh redraws the cards in place: one found just before a redraw is gone when read, so look again
        Awaitility.await().atMost(Duration.ofSeconds(60)).ignoreException(StaleElementReferenceException.class)
                .until(() -> Long.parseLong(browser.find(".card[data-indicator=ONLINE_DOSSIER_SHARE]")
                        .getAttribute("data-denominator")) == before + 1);
        assertThat(browser.script("return document.body.dataset.rendered")).as("redrawn in place, not navigated").isEqualTo(rendered);
        assertThat(browser.url()).contains("refresh=5");
    }

    @Test
    void aUnitIsDrilledDownToACommuneAndClimbedBackByTheBreadcrumb() {
        browser.signIn(RunningSuite.key("ops"));
        browser.open(view("unit", PROVINCE));
        assertThat(Browser.text(browser.find("main h1"))).isEqualTo("Tỉnh Thử Nghiệm " + RUN);
        assertThat(browser.all("#children tbody tr")).extracting(row -> row.getAttribute("data-unit"))
                .containsExactlyInAnyOrder(DEPARTMENT, DISTRICT, SIBLING);
        assertThat(browser.all("figure.chart")).hasSize(5);
        browser.andWait(() -> new Select(browser.find("#choose-indicator")).selectByValue("E_RESULT"));
        String catalogueName = given().get("/api/v1/indicators/E_RESULT").then().statusCode(200).extract().path("nameVi");
        assertThat(browser.all("figure.chart figcaption")).extracting(Browser::text).hasSize(6)
                .as("the chart is named as the catalogue names the indicator").contains(catalogueName);
        assertThat(new Select(browser.find("#choose-indicator")).getOptions()).extracting(Browser::text).contains(catalogueName);
        assertThat(browser.url()).contains("indicator=E_RESULT");

        browser.andWait(() -> browser.find("#children thead button[data-sort=ONLINE_DOSSIER_SHARE]").click());
        assertThat(browser.find("#children thead th[aria-sort=ascending] button").getAttribute("data-sort")).isEqualTo("ONLINE_DOSSIER_SHARE");
        // Bù Đốp 1 of 2 online, Lộc Ninh 2 of 3 (with its commune), the department 1 of 1
        assertThat(browser.all("#children tbody tr")).extracting(row -> row.getAttribute("data-unit"))
                .containsExactly(SIBLING, DISTRICT, DEPARTMENT);
        assertThat(browser.url()).contains("sort=ONLINE_DOSSIER_SHARE");

        browser.andWait(() -> browser.find("#children tr[data-unit='" + DISTRICT + "'] a").click());
        assertThat(Browser.text(browser.find("main h1"))).isEqualTo("Huyện Lộc Ninh");
        assertThat(browser.url()).contains("unit=" + DISTRICT);
        browser.andWait(() -> browser.find("#children tr[data-unit='" + COMMUNE + "'] a").click());
        assertThat(Browser.text(browser.find("main h1"))).isEqualTo("Xã Lộc Tấn");
        assertThat(browser.all(".breadcrumb a")).extracting(Browser::text)
                .containsExactly("Tỉnh Thử Nghiệm " + RUN, "Huyện Lộc Ninh");
        browser.andWait(() -> browser.all(".breadcrumb a").get(0).click());
        assertThat(Browser.text(browser.find("main h1"))).isEqualTo("Tỉnh Thử Nghiệm " + RUN);
        browser.andWait(() -> browser.driver().navigate().back());
        assertThat(Browser.text(browser.find("main h1"))).isEqualTo("Xã Lộc Tấn");
    }

    @Test
    void aUnitKeySeesItsSubtreeAndTheRefusalOfASibling() {
        browser.signIn(DashboardProvince.unitKey());
        browser.open(view("unit", DISTRICT));
        assertThat(Browser.text(browser.find("main h1"))).isEqualTo("Huyện Lộc Ninh");
        browser.open(view("unit", SIBLING));
        WebElement refused = browser.find("#refused");
        assertThat(refused.getAttribute("data-status")).isEqualTo("403");
        assertThat(Browser.text(refused)).isEqualTo("Khóa của bạn không được xem số liệu này (đơn vị): nằm ngoài phạm vi của khóa.");
        given().header("X-API-Key", DashboardProvince.unitKey()).queryParam("unit", SIBLING).queryParam("from", TODAY.minusDays(10).toString())
                .queryParam("to", TODAY.plusDays(21).toString()).get("/api/v1/kpis").then().statusCode(403);
        browser.open(view("ranking", SIBLING));
        assertThat(browser.find("#refused").getAttribute("data-status")).isEqualTo("403");
    }

    @Test
    void aWorklistRowLinksToItsDossier() {
        browser.signIn(RunningSuite.key("ops"));
        browser.open(view("worklist", PROVINCE, "list=overdue"));
        assertThat(Browser.text(browser.find("main h1"))).isEqualTo("Hồ sơ quá hạn");
        WebElement row = browser.find("#worklist tr[data-dossier='" + OVERDUE + "']");
        long minutes = Long.parseLong(row.findElement(org.openqa.selenium.By.cssSelector("[data-minutes]")).getAttribute("data-minutes"));
        assertThat(minutes).isBetween(24L * 60 - 5, 24L * 60 + 5);
        assertThat(Browser.text(row)).contains("Xã Lộc Tấn").contains("Trực tiếp").contains("1 ngày");
        browser.andWait(() -> row.findElement(org.openqa.selenium.By.cssSelector("a")).click());
        assertThat(Browser.text(browser.find("main h1"))).isEqualTo("Hồ sơ " + OVERDUE);
        assertThat(Browser.text(browser.find("#dossier"))).contains("Trực tiếp").contains("Đã tiếp nhận");

        browser.open(view("worklist", PROVINCE, "list=near-due"));
        assertThat(Browser.text(browser.find("main h1"))).isEqualTo("Hồ sơ sắp quá hạn");
        WebElement nearDue = browser.find("#worklist tr[data-dossier='" + NEAR_DUE + "']");
        assertThat(Browser.text(nearDue)).contains("Huyện Lộc Ninh").contains("19 giờ");
        long left = Long.parseLong(nearDue.findElement(org.openqa.selenium.By.cssSelector("[data-minutes]")).getAttribute("data-minutes"));
        assertThat(left).isBetween(19L * 60, 20L * 60);
    }

    @Test
    void theTasksPageShowsEachTasksCountsAsTheApiGivesThemAndTheUnitsBehind() {
        given().contentType(ContentType.JSON).body(Map.of("tasks", List.of(Map.of("code", "KH-01", "title", "Gửi kế hoạch hành động",
                "lead", Map.of("tiers", List.of("DISTRICT")), "deadline", Map.of("kind", "DATE", "day", TODAY.minusDays(1).toString())),
                Map.of("code", "KH-02", "title", "Báo cáo kết quả", "lead", Map.of("units", List.of(DEPARTMENT)),
                        "deadline", Map.of("kind", "DATE", "day", TODAY.plusDays(7).toString())))))
                .put("/api/v1/campaigns/" + CAMPAIGN + "/tasks").then().statusCode(200);
        browser.signIn(RunningSuite.key("ministry"));
        browser.open(view("tasks", PROVINCE));
        JsonPath api = given().header("X-API-Key", RunningSuite.key("ministry")).queryParam("unit", PROVINCE)
                .get("/api/v1/campaigns/" + CAMPAIGN + "/tasks").then().statusCode(200).extract().jsonPath();

        assertThat(Browser.text(browser.find("main h1"))).isEqualTo("Nhiệm vụ");
        assertThat(api.getLong("tasks[0].counts.overdue")).isEqualTo(2);
        WebElement overdue = browser.find("#tasks tr[data-task='KH-01']");
        assertThat(overdue.getAttribute("data-overdue")).isEqualTo("2");
        assertThat(Browser.text(overdue)).contains("Gửi kế hoạch hành động").contains("Trước 23:59 ngày");
        assertThat(browser.find("#tasks tr[data-task='KH-02']").getAttribute("data-overdue")).isEqualTo("0");
        assertThat(browser.all("#units-behind li")).extracting(li -> li.getAttribute("data-unit"))
                .containsExactlyInAnyOrder(DISTRICT, SIBLING);
    }

    @Test
    void downloadsArriveAndOpenAsWorkbooks() throws Exception {
        browser.signIn(DashboardProvince.unitKey());
        browser.open(view("downloads", DISTRICT));
        assertThat(browser.all("[data-bulletin]")).as("the bulletin is the ministry's and ops'").isEmpty();
        assertThat(browser.all("#downloads a[data-appendix]")).hasSize(6);
        browser.find("#downloads a[data-appendix='2']").click();
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> browser.downloaded().stream().anyMatch(f -> f.getName().endsWith(".xlsx")));
        File workbook = browser.downloaded().stream().filter(f -> f.getName().endsWith(".xlsx")).findFirst().orElseThrow();
        try (XSSFWorkbook opened = new XSSFWorkbook(new FileInputStream(workbook))) {
            Sheet sheet = opened.getSheet("Phụ lục 2");
            assertThat(sheet).isNotNull();
            List<String> cells = new ArrayList<>();
            for (Row row : sheet) {
                for (Cell cell : row) {
                    cells.add(cell.toString());
                }
            }
            assertThat(cells).contains(DISTRICT, "Huyện Lộc Ninh").doesNotContain(SIBLING);
        }
    }

    @Test
    void the766PageShowsEachPartsPointsAndThePathAsTheApiGivesThem() {
        browser.signIn(RunningSuite.key("ops"));
        browser.open(view("score766", PROVINCE));
        JsonPath api = given().header("X-API-Key", RunningSuite.key("ops")).queryParam("unit", PROVINCE)
                .queryParam("from", TODAY.minusDays(10).toString()).queryParam("to", TODAY.plusDays(21).toString())
                .get("/api/v1/scores/766").then().statusCode(200).extract().jsonPath();

        assertThat(Double.parseDouble(browser.find("#score-total").getAttribute("data-points"))).isCloseTo(api.getDouble("measuredPoints"),
                within(0.001));
        List<WebElement> rows = browser.all("#score-parts tbody tr");
        assertThat(rows).extracting(row -> row.getAttribute("data-part")).containsExactlyElementsOf(api.getList("parts.code", String.class));
        for (WebElement row : rows) {
            Object points = api.get("parts.find { it.code == '" + row.getAttribute("data-part") + "' }.points");
            String shown = row.getAttribute("data-points");
            if (points == null) {
                assertThat(shown).as(row.getAttribute("data-part")).isEmpty();
            } else {
                assertThat(Double.parseDouble(shown)).as(row.getAttribute("data-part")).isCloseTo(((Number) points).doubleValue(),
                        within(0.001));
            }
        }
        assertThat(Browser.text(browser.find("tr[data-part='UPDATED_ON_TIME']"))).contains("Không có dữ liệu trong kỳ");
        assertThat(browser.find("#score-path")).isNotNull();
    }

    @Test
    void theUrlKeepsTheViewItsUnitPeriodAndChoices() {
        browser.signIn(RunningSuite.key("ops"));
        browser.open(view("ranking", PROVINCE));
        browser.andWait(() -> new Select(browser.find("#choose-tier")).selectByValue("COMMUNE"));
        browser.andWait(() -> new Select(browser.find("#choose-indicator")).selectByValue("INPUT_DIGITISATION"));
        browser.find("#pick-from").clear();
        browser.find("#pick-from").sendKeys(day(TODAY.minusDays(7)));
        browser.find("#pick-to").clear();
        browser.find("#pick-to").sendKeys(day(TODAY));
        browser.andWait(() -> browser.find("#pickers button[type=submit]").click());
        String url = browser.url();
        assertThat(url).contains("view=ranking").contains("tier=COMMUNE").contains("indicator=INPUT_DIGITISATION")
                .contains("from=" + TODAY.minusDays(7)).contains("to=" + TODAY.plusDays(1)).contains("unit=" + PROVINCE);
        List<String> rows = browser.all("#ranking tbody tr").stream().map(Browser::text).toList();
        assertThat(rows).isNotEmpty().allMatch(row -> row.contains("Xã"));

        try (Browser other = new Browser(DashboardProvince.base())) {
            other.signIn(RunningSuite.key("ministry"));
            other.open(url.substring(DashboardProvince.base().length()));
            assertThat(other.all("#ranking tbody tr").stream().map(Browser::text).toList()).isEqualTo(rows);
            assertThat(new Select(other.find("#choose-tier")).getFirstSelectedOption().getAttribute("value")).isEqualTo("COMMUNE");
            assertThat(other.find("#pick-from").getAttribute("value")).isEqualTo(day(TODAY.minusDays(7)));
            assertThat(other.find("#pick-to").getAttribute("value")).isEqualTo(day(TODAY));
            assertThat(other.find("#pick-unit").getAttribute("value")).isEqualTo(PROVINCE);
        }
    }

    @Test
    void thePeriodPickerRefusesADayThatIsNot() {
        browser.signIn(RunningSuite.key("ops"));
        browser.open(view("overview", PROVINCE));
        String url = browser.url();
        browser.find("#pick-to").clear();
        browser.find("#pick-to").sendKeys("31/02/2026");
        browser.find("#pickers button[type=submit]").click();
        assertThat(Browser.text(browser.find("#period-error"))).contains("dd/mm/yyyy");
        assertThat(browser.url()).isEqualTo(url);
    }
}
