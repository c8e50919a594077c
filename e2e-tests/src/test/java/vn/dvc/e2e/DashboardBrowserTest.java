package vn.dvc.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.File;
import java.io.FileInputStream;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The dashboard in headless Chromium against the real suite, with a province of its own loaded through the gateway:
 * a department, two districts with a commune each, a campaign running today, dossiers (one overdue, one due
 * tomorrow) and a payment. Screenshots of every page go to target/screenshots.
 */
class DashboardBrowserTest {

    private static final ZoneId LOCAL = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final LocalDate TODAY = LocalDate.now(LOCAL);
    private static final String RUN = UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
    private static final String PROVINCE = "DB" + RUN;
    private static final String DEPARTMENT = PROVINCE + ".STP";
    private static final String DISTRICT = PROVINCE + ".H01";
    private static final String SIBLING = PROVINCE + ".H02";
    private static final String COMMUNE = DISTRICT + ".X01";
    private static final String SIBLING_COMMUNE = SIBLING + ".X01";
    private static final String SERVICE = "TT.DB" + RUN;
    private static final String CAMPAIGN = "C-DB" + RUN;
    private static final String OVERDUE = PROVINCE + "-D2";
    private static final String NEAR_DUE = PROVINCE + "-D1";
    private static final String FIVE = "ONLINE_SERVICE_UPTAKE,ONLINE_DOSSIER_SHARE,INPUT_DIGITISATION,ONLINE_REPORTING,ON_TIME_RESOLUTION";

    private static String unitKey;
    private static Browser browser;
    private static String base;

    @BeforeAll
    static void provinceAndBrowser() {
        Assumptions.assumeTrue(Browser.missing().isEmpty(), () -> {
            System.err.println("\n*** " + Browser.missing().orElseThrow() + " ***\n");
            return Browser.missing().orElseThrow();
        });
        URI gateway = RunningSuite.gateway();
        RestAssured.baseURI = gateway.toString();
        RestAssured.port = gateway.getPort();
        base = gateway.toString().replaceAll("/$", "");
        loadProvince();
        browser = new Browser(base);
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    private static void loadProvince() {
        given().contentType(ContentType.JSON).body(List.of(
                unit(PROVINCE, "Tỉnh Thử Nghiệm " + RUN, "PROVINCE", null),
                unit(DEPARTMENT, "Sở Tư pháp", "DEPARTMENT", PROVINCE),
                unit(DISTRICT, "Huyện Lộc Ninh", "DISTRICT", PROVINCE),
                unit(SIBLING, "Huyện Bù Đốp", "DISTRICT", PROVINCE),
                unit(COMMUNE, "Xã Lộc Tấn", "COMMUNE", DISTRICT),
                unit(SIBLING_COMMUNE, "Xã Thanh Hòa", "COMMUNE", SIBLING))).put("/api/v1/units").then().statusCode(200);
        given().contentType(ContentType.JSON).body(List.of(Map.of("code", SERVICE, "name", "Chứng thực bản sao", "field", "Chứng thực",
                "feeBearing", true, "offerings", List.of(Map.of("tier", "DEPARTMENT", "onlineMode", "FULL"),
                        Map.of("tier", "DISTRICT", "onlineMode", "FULL"), Map.of("tier", "COMMUNE", "onlineMode", "FULL")))))
                .put("/api/v1/services").then().statusCode(200);
        Instant now = Instant.now();
        given().contentType(ContentType.JSON).body(List.of(
                        received("D1", DISTRICT, "ONLINE", now.minus(Duration.ofDays(5)), now.plus(Duration.ofHours(20))),
                        received("D2", COMMUNE, "DIRECT", now.minus(Duration.ofDays(6)), now.minus(Duration.ofDays(1))),
                        received("D3", SIBLING, "ONLINE", now.minus(Duration.ofDays(3)), now.plus(Duration.ofDays(5))),
                        received("D4", SIBLING, "DIRECT", now.minus(Duration.ofDays(3)), now.plus(Duration.ofDays(5))),
                        received("D5", DEPARTMENT, "ONLINE", now.minus(Duration.ofDays(2)), now.plus(Duration.ofDays(4))),
                        received("D6", COMMUNE, "ONLINE", now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(6)))))
                .post("/api/v1/dossier-events/batch").then().statusCode(202);
        // payment-service learns the units from catalog-events
        RunningSuite.awaitUnitsKnown("/api/v1/payment-accounts/coverage", Map.of(), PROVINCE, DISTRICT);
        given().contentType(ContentType.JSON).body(Map.of("transactionId", "TX-" + PROVINCE, "unitCode", DISTRICT,
                        "field", "Chứng thực", "kind", "FEE", "amountVnd", 165_100_000_000L, "status", "SUCCESS",
                        "paidAt", TODAY.minusDays(1).atTime(9, 0).atZone(LOCAL).toOffsetDateTime().toString(), "provider", "VNPAY"))
                .post("/api/v1/payments").then().statusCode(202);
        Map<String, Object> targets = new LinkedHashMap<>();
        targets.put("ONLINE_SERVICE_UPTAKE", 80);
        targets.put("ONLINE_DOSSIER_SHARE", 50);
        targets.put("INPUT_DIGITISATION", 100);
        targets.put("ONLINE_REPORTING", 50);
        targets.put("ON_TIME_RESOLUTION", 100);
        given().contentType(ContentType.JSON).body(Map.of("name", "Chiến dịch thử nghiệm " + RUN, "from", TODAY.minusDays(10).toString(),
                "to", TODAY.plusDays(21).toString(), "targets", targets, "unitTargets", List.of()))
                .put("/api/v1/campaigns/" + CAMPAIGN).then().statusCode(200);
        unitKey = given().contentType(ContentType.JSON).body(Map.of("name", "UBND huyện Lộc Ninh", "role", "unit", "unitCode", DISTRICT))
                .post("/api/v1/api-keys").then().statusCode(201).extract().jsonPath().getString("token");

        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(kpis(RunningSuite.key("ops"), PROVINCE)
                .getInt("indicators.find { it.code == 'ONLINE_DOSSIER_SHARE' }.denominator")).isEqualTo(6));
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> given().queryParam("unit", PROVINCE)
                .get("/api/v1/dossiers/overdue").then().extract().jsonPath().getInt("total") == 1);
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> given().queryParam("unit", PROVINCE)
                .queryParam("from", TODAY.minusDays(10).toString()).queryParam("to", TODAY.plusDays(21).toString())
                .get("/api/v1/payments/tally").then().extract().jsonPath().getInt("total.success.count") == 1);
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> given().header("X-API-Key", unitKey)
                .queryParam("unit", COMMUNE).queryParam("from", "2022-06-01").queryParam("to", "2022-07-01")
                .get("/api/v1/kpis").statusCode() == 200);
    }

    private static Map<String, Object> unit(String code, String name, String tier, String parent) {
        Map<String, Object> unit = new LinkedHashMap<>(Map.of("code", code, "name", name, "tier", tier));
        if (parent != null) {
            unit.put("parentCode", parent);
        }
        return unit;
    }

    private static Map<String, Object> received(String id, String unit, String channel, Instant at, Instant due) {
        return Map.of("eventId", PROVINCE + "-" + id + ".e1", "dossierId", PROVINCE + "-" + id, "status", "RECEIVED",
                "occurredAt", at.toString(), "unitCode", unit, "serviceCode", SERVICE, "channel", channel, "dueAt", due.toString());
    }

    private static JsonPath kpis(String key, String unit) {
        return given().header("X-API-Key", key).queryParam("unit", unit).queryParam("from", TODAY.minusDays(10).toString())
                .queryParam("to", TODAY.plusDays(21).toString()).get("/api/v1/kpis").then().statusCode(200).extract().jsonPath();
    }

    private static String view(String view, String unit, String... more) {
        return "/?view=" + view + "&unit=" + unit + "&campaign=" + CAMPAIGN + (more.length > 0 ? "&" + String.join("&", more) : "");
    }

    private static String text(WebElement element) {
        return element.getText().replace('\u00a0', ' ');
    }

    private static String vietnamesePercent(double percent) {
        return String.format(Locale.ROOT, "%.2f", percent).replace('.', ',') + " %";
    }

    @Test
    void everyRoleSignsInAndSeesWhatItsKeyMayRead() {
        browser.signIn(RunningSuite.key("portal"));
        assertThat(text(browser.find("#refused"))).contains("chỉ dùng để gửi dữ liệu");
        assertThat(browser.all("#view-links a")).isEmpty();

        browser.signIn(RunningSuite.key("ministry"));
        assertThat(text(browser.find("#who-name"))).contains("Bộ, ngành");
        assertThat(browser.all("#view-links a")).hasSize(7);

        browser.signIn(RunningSuite.key("ops"));
        assertThat(text(browser.find("#who-name"))).contains("Vận hành");
        browser.open(view("downloads", PROVINCE));
        assertThat(browser.all("[data-bulletin]")).hasSize(1);

        browser.signIn(unitKey);
        assertThat(text(browser.find("#who-name"))).contains(DISTRICT);
        assertThat(new Select(browser.find("#pick-unit")).getOptions()).extracting(option -> option.getAttribute("value"))
                .containsExactly(DISTRICT, COMMUNE);
        assertThat(text(browser.find("main h1"))).isEqualTo("Tổng quan chiến dịch");

        browser.find("#sign-out").click();
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> browser.find("#sign-in").isDisplayed());
        assertThat(browser.driver().manage().getCookieNamed("dvc_session")).isNull();
        browser.driver().get(base + view("overview", DISTRICT));
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
            String shown = text(card.findElement(org.openqa.selenium.By.cssSelector(".figure")));
            String verdict = text(card.findElement(org.openqa.selenium.By.cssSelector(".verdict")));
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
        assertThat(text(browser.find("#days-left"))).startsWith("Còn " + remaining + " ngày đến hết chiến dịch");
        assertThat(text(browser.find("#freshness"))).contains("Hồ sơ tiếp nhận gần nhất: ngày "
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
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> Long.parseLong(
                browser.find(".card[data-indicator=ONLINE_DOSSIER_SHARE]").getAttribute("data-denominator")) == before + 1);
        assertThat(browser.script("return document.body.dataset.rendered")).as("redrawn in place, not navigated").isEqualTo(rendered);
        assertThat(browser.url()).contains("refresh=5");
    }

    @Test
    void aUnitIsDrilledDownToACommuneAndClimbedBackByTheBreadcrumb() {
        browser.signIn(RunningSuite.key("ops"));
        browser.open(view("unit", PROVINCE));
        assertThat(text(browser.find("main h1"))).isEqualTo("Tỉnh Thử Nghiệm " + RUN);
        assertThat(browser.all("#children tbody tr")).extracting(row -> row.getAttribute("data-unit"))
                .containsExactlyInAnyOrder(DEPARTMENT, DISTRICT, SIBLING);
        assertThat(browser.all("figure.chart")).hasSize(5);
        browser.andWait(() -> new Select(browser.find("#choose-indicator")).selectByValue("E_RESULT"));
        assertThat(browser.all("figure.chart figcaption")).extracting(DashboardBrowserTest::text).hasSize(6)
                .contains("Tỷ lệ cấp kết quả điện tử");
        assertThat(browser.url()).contains("indicator=E_RESULT");

        browser.andWait(() -> browser.find("#children thead button[data-sort=ONLINE_DOSSIER_SHARE]").click());
        assertThat(browser.find("#children thead th[aria-sort=ascending] button").getAttribute("data-sort")).isEqualTo("ONLINE_DOSSIER_SHARE");
        // Bù Đốp 1 of 2 online, Lộc Ninh 2 of 3 (with its commune), the department 1 of 1
        assertThat(browser.all("#children tbody tr")).extracting(row -> row.getAttribute("data-unit"))
                .containsExactly(SIBLING, DISTRICT, DEPARTMENT);
        assertThat(browser.url()).contains("sort=ONLINE_DOSSIER_SHARE");

        browser.andWait(() -> browser.find("#children tr[data-unit='" + DISTRICT + "'] a").click());
        assertThat(text(browser.find("main h1"))).isEqualTo("Huyện Lộc Ninh");
        assertThat(browser.url()).contains("unit=" + DISTRICT);
        browser.andWait(() -> browser.find("#children tr[data-unit='" + COMMUNE + "'] a").click());
        assertThat(text(browser.find("main h1"))).isEqualTo("Xã Lộc Tấn");
        assertThat(browser.all(".breadcrumb a")).extracting(DashboardBrowserTest::text)
                .containsExactly("Tỉnh Thử Nghiệm " + RUN, "Huyện Lộc Ninh");
        browser.andWait(() -> browser.all(".breadcrumb a").get(0).click());
        assertThat(text(browser.find("main h1"))).isEqualTo("Tỉnh Thử Nghiệm " + RUN);
        browser.andWait(() -> browser.driver().navigate().back());
        assertThat(text(browser.find("main h1"))).isEqualTo("Xã Lộc Tấn");
    }

    @Test
    void aUnitKeySeesItsSubtreeAndTheRefusalOfASibling() {
        browser.signIn(unitKey);
        browser.open(view("unit", DISTRICT));
        assertThat(text(browser.find("main h1"))).isEqualTo("Huyện Lộc Ninh");
        browser.open(view("unit", SIBLING));
        WebElement refused = browser.find("#refused");
        assertThat(refused.getAttribute("data-status")).isEqualTo("403");
        assertThat(text(refused)).startsWith("Khóa của bạn không được xem số liệu này").contains(SIBLING);
        given().header("X-API-Key", unitKey).queryParam("unit", SIBLING).queryParam("from", TODAY.minusDays(10).toString())
                .queryParam("to", TODAY.plusDays(21).toString()).get("/api/v1/kpis").then().statusCode(403);
        browser.open(view("ranking", SIBLING));
        assertThat(browser.find("#refused").getAttribute("data-status")).isEqualTo("403");
    }

    @Test
    void aWorklistRowLinksToItsDossier() {
        browser.signIn(RunningSuite.key("ops"));
        browser.open(view("worklist", PROVINCE, "list=overdue"));
        assertThat(text(browser.find("main h1"))).isEqualTo("Hồ sơ quá hạn");
        WebElement row = browser.find("#worklist tr[data-dossier='" + OVERDUE + "']");
        long minutes = Long.parseLong(row.findElement(org.openqa.selenium.By.cssSelector("[data-minutes]")).getAttribute("data-minutes"));
        assertThat(minutes).isBetween(24L * 60 - 5, 24L * 60 + 5);
        assertThat(text(row)).contains("Xã Lộc Tấn").contains("Trực tiếp").contains("1 ngày");
        browser.andWait(() -> row.findElement(org.openqa.selenium.By.cssSelector("a")).click());
        assertThat(text(browser.find("main h1"))).isEqualTo("Hồ sơ " + OVERDUE);
        assertThat(text(browser.find("#dossier"))).contains("Trực tiếp").contains("Đã tiếp nhận");

        browser.open(view("worklist", PROVINCE, "list=near-due"));
        assertThat(text(browser.find("main h1"))).isEqualTo("Hồ sơ sắp quá hạn");
        WebElement nearDue = browser.find("#worklist tr[data-dossier='" + NEAR_DUE + "']");
        assertThat(text(nearDue)).contains("Huyện Lộc Ninh").contains("19 giờ");
        long left = Long.parseLong(nearDue.findElement(org.openqa.selenium.By.cssSelector("[data-minutes]")).getAttribute("data-minutes"));
        assertThat(left).isBetween(19L * 60, 20L * 60);
    }

    @Test
    void downloadsArriveAndOpenAsWorkbooks() throws Exception {
        browser.signIn(unitKey);
        browser.open(view("downloads", DISTRICT));
        assertThat(browser.all("[data-bulletin]")).as("the bulletin is the ministry's and ops'").isEmpty();
        assertThat(browser.all("#downloads a[data-appendix]")).hasSize(5);
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
        List<String> rows = browser.all("#ranking tbody tr").stream().map(DashboardBrowserTest::text).toList();
        assertThat(rows).isNotEmpty().allMatch(row -> row.contains("Xã"));

        try (Browser other = new Browser(base)) {
            other.signIn(RunningSuite.key("ministry"));
            other.open(url.substring(base.length()));
            assertThat(other.all("#ranking tbody tr").stream().map(DashboardBrowserTest::text).toList()).isEqualTo(rows);
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
        assertThat(text(browser.find("#period-error"))).contains("dd/mm/yyyy");
        assertThat(browser.url()).isEqualTo(url);
    }

    private static String day(LocalDate date) {
        return String.format("%02d/%02d/%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }

    @Test
    void everyPageRendersWithinASecondOfNavigationFromAssetsUnderOneMegabyte() {
        browser.signIn(RunningSuite.key("ministry"));
        browser.driver().executeCdpCommand("Network.clearBrowserCache", Map.of());
        browser.open(view("overview", PROVINCE));
        double cold = renderedAt();
        long transferred = ((Number) browser.script("return performance.getEntriesByType('resource')"
                + ".filter(e => e.name.includes('/assets/')).reduce((sum, e) => sum + e.encodedBodySize, 0)"
                + " + performance.getEntriesByType('navigation')[0].encodedBodySize")).longValue();
        long decoded = ((Number) browser.script("return performance.getEntriesByType('resource')"
                + ".filter(e => e.name.includes('/assets/')).reduce((sum, e) => sum + e.decodedBodySize, 0)")).longValue();
        Map<String, Double> warm = new LinkedHashMap<>();
        for (String page : List.of("overview", "ranking", "unit", "worklist", "reports", "payments", "downloads")) {
            browser.open(view(page, PROVINCE));
            warm.put(page, renderedAt());
        }
        System.out.printf("dashboard timing: overview cold %.0f ms; warm %s; assets %,d bytes transferred (gzip), %,d decoded%n",
                cold, warm, transferred, decoded);
        assertThat(cold).as("the overview, cache empty").isLessThanOrEqualTo(1000);
        assertThat(warm.get("overview")).as("the overview, assets cached").isLessThanOrEqualTo(1000);
        assertThat(decoded).as("every asset, decoded").isLessThan(1_000_000);
    }

    /** Milliseconds from the start of the navigation to the page's own mark that its content is on screen. */
    private static double renderedAt() {
        return ((Number) browser.script("const marks = performance.getEntriesByName('dvc-rendered'); return marks[marks.length - 1].startTime"))
                .doubleValue();
    }

    @Test
    void everyPageMeetsWcagAAndAaAndIsReachedByKeyboard() {
        browser.driver().manage().deleteAllCookies();
        browser.driver().get(base + "/");
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> browser.find("#sign-in").isDisplayed());
        Map<String, List<String>> violations = new LinkedHashMap<>();
        violations.put("sign-in", browser.accessibilityViolations());
        browser.screenshot("sign-in");
        browser.signIn(RunningSuite.key("ops"));
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("overview", view("overview", PROVINCE));
        pages.put("ranking", view("ranking", PROVINCE));
        pages.put("unit", view("unit", PROVINCE));
        pages.put("worklist", view("worklist", PROVINCE, "list=overdue"));
        pages.put("dossier", view("dossier", PROVINCE, "id=" + OVERDUE));
        pages.put("reports", view("reports", PROVINCE));
        pages.put("payments", view("payments", PROVINCE));
        pages.put("downloads", view("downloads", PROVINCE));
        for (Map.Entry<String, String> page : pages.entrySet()) {
            browser.open(page.getValue());
            violations.put(page.getKey(), browser.accessibilityViolations());
            browser.screenshot(page.getKey());
            if (page.getKey().equals("payments")) {
                assertThat(text(browser.find("#payment-total"))).contains("165.100.000.000 ₫");
            }
        }
        assertThat(violations).allSatisfy((page, found) -> assertThat(found).as(page).isEmpty());

        browser.open(view("overview", PROVINCE));
        List<String> reached = new ArrayList<>();
        for (int press = 0; press < 40; press++) {
            browser.driver().switchTo().activeElement().sendKeys(Keys.TAB);
            reached.add((String) browser.script("const e = document.activeElement; return e.id || e.textContent.trim()"));
        }
        assertThat(reached).contains("sign-out", "Xếp hạng", "Đơn vị", "Hồ sơ sắp quá hạn / quá hạn", "Báo cáo", "Thanh toán",
                "Tải về", "pick-unit", "pick-campaign", "pick-from", "pick-to", "Xem");
    }
}
