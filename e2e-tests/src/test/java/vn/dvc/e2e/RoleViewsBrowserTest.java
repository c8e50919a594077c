package vn.dvc.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dvc.e2e.DashboardProvince.COMMUNE;
import static vn.dvc.e2e.DashboardProvince.DISTRICT;
import static vn.dvc.e2e.DashboardProvince.NEAR_DUE;
import static vn.dvc.e2e.DashboardProvince.PROVINCE;
import static vn.dvc.e2e.DashboardProvince.view;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every view the dashboard offers a role opens for it: for the ministry, ops, and unit keys of a province, a district
 * and a commune, each view in the key's menu is drawn for the key's own unit with its content, no refusal and nothing in
 * the browser's console; a district's worklist lists its near-due dossier.
 */
class RoleViewsBrowserTest {

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
    void everyViewOfferedToARoleOpensWithItsContent() {
        Map<String, String[]> roles = new LinkedHashMap<>();
        roles.put("ministry", new String[] {RunningSuite.key("ministry"), PROVINCE});
        roles.put("ops", new String[] {RunningSuite.key("ops"), PROVINCE});
        roles.put("province unit", new String[] {DashboardProvince.provinceKey(), PROVINCE});
        roles.put("district unit", new String[] {DashboardProvince.unitKey(), DISTRICT});
        roles.put("commune unit", new String[] {DashboardProvince.communeKey(), COMMUNE});
        List<String> opened = new ArrayList<>();
        roles.forEach((role, keyAndUnit) -> {
            browser.signIn(keyAndUnit[0]);
            browser.consoleErrors();
            List<String> views = browser.all("#view-links a").stream().map(link -> link.getAttribute("href"))
                    .map(href -> href.replaceAll(".*[?&]view=([a-z0-9]+).*", "$1")).toList();
            assertThat(views).as(role).isNotEmpty();
            for (String name : views) {
                browser.open(view(name, keyAndUnit[1]));
                assertThat(browser.all("#refused")).as(role + " / " + name + ": " + (browser.all("#refused").isEmpty() ? ""
                        : Browser.text(browser.find("#refused")))).isEmpty();
                assertThat(Browser.text(browser.find("main h1"))).as(role + " / " + name).isNotBlank();
                assertThat(browser.consoleErrors()).as(role + " / " + name + ": the console").isEmpty();
                opened.add(role + "/" + name);
            }
        });
        System.out.println("Role × view pairs opened (" + opened.size() + "): " + opened);
        assertThat(opened).contains("district unit/worklist", "commune unit/worklist").doesNotContain("ministry/worklist");
    }

    @Test
    void aDistrictKeyOpensItsWorklistAndSeesItsNearDueDossier() {
        browser.signIn(DashboardProvince.unitKey());
        browser.open(view("worklist", DISTRICT));
        assertThat(browser.all("#refused")).isEmpty();
        assertThat(Browser.text(browser.find("main h1"))).isEqualTo("Hồ sơ sắp quá hạn");
        assertThat(browser.all("#worklist tr[data-dossier='" + NEAR_DUE + "']")).hasSize(1);
    }
}
