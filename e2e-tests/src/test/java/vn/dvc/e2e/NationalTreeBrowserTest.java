package vn.dvc.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The unit picker on a nation's tree, in headless Chromium through the real gateway: 63 provinces with their
 * departments, districts and communes (a few per province; {@code -Dnational.tree=full}: 160 per province, 10,080
 * units, as a nation has), found by typing with or without diacritics and opened level by level — never a province's
 * whole subtree at once — with the page's timing printed.
 */
class NationalTreeBrowserTest {

    private static final boolean FULL = "full".equals(System.getProperty("national.tree"));
    private static final String RUN = DashboardProvince.RUN;
    static final List<String> PROVINCES = List.of("An Giang", "Bà Rịa - Vũng Tàu", "Bắc Giang", "Bắc Kạn", "Bạc Liêu", "Bắc Ninh",
            "Bến Tre", "Bình Định", "Bình Dương", "Bình Phước", "Bình Thuận", "Cà Mau", "Cần Thơ", "Cao Bằng", "Đà Nẵng", "Đắk Lắk",
            "Đắk Nông", "Điện Biên", "Đồng Nai", "Đồng Tháp", "Gia Lai", "Hà Giang", "Hà Nam", "Hà Nội", "Hà Tĩnh", "Hải Dương",
            "Hải Phòng", "Hậu Giang", "Hòa Bình", "Hưng Yên", "Khánh Hòa", "Kiên Giang", "Kon Tum", "Lai Châu", "Lâm Đồng",
            "Lạng Sơn", "Lào Cai", "Long An", "Nam Định", "Nghệ An", "Ninh Bình", "Ninh Thuận", "Phú Thọ", "Phú Yên", "Quảng Bình",
            "Quảng Nam", "Quảng Ngãi", "Quảng Ninh", "Quảng Trị", "Sóc Trăng", "Sơn La", "Tây Ninh", "Thái Bình", "Thái Nguyên",
            "Thanh Hóa", "Thừa Thiên Huế", "Tiền Giang", "Hồ Chí Minh", "Trà Vinh", "Tuyên Quang", "Vĩnh Long", "Vĩnh Phúc",
            "Yên Bái");

    private static Browser browser;
    private static int units;

    @BeforeAll
    static void nationalTree() {
        browser = DashboardProvince.browser();
        int departments = FULL ? 19 : 2;
        int districts = FULL ? 10 : 2;
        int communes = FULL ? 13 : 2;
        List<Map<String, Object>> tree = new ArrayList<>();
        for (int p = 0; p < PROVINCES.size(); p++) {
            String province = code(p);
            tree.add(unit(province, (PROVINCES.get(p).equals("Hồ Chí Minh") ? "Thành phố " : "Tỉnh ") + PROVINCES.get(p) + " " + RUN,
                    "PROVINCE", null));
            for (int d = 1; d <= departments; d++) {
                tree.add(unit(province + ".S" + d, "Sở " + d + " " + PROVINCES.get(p), "DEPARTMENT", province));
            }
            for (int h = 1; h <= districts; h++) {
                String district = province + ".H" + h;
                tree.add(unit(district, "Huyện Đồng Phú " + h, "DISTRICT", province));
                for (int x = 1; x <= communes; x++) {
                    tree.add(unit(district + ".X" + x, "Xã Tân Lập " + x, "COMMUNE", district));
                }
            }
        }
        for (int from = 0; from < tree.size(); from += 5_000) {
            given().contentType(ContentType.JSON).body(tree.subList(from, Math.min(tree.size(), from + 5_000)))
                    .put("/api/v1/units").then().statusCode(200);
        }
        units = tree.size();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    private static String code(int province) {
        return "NT" + RUN + "P" + province;
    }

    private static Map<String, Object> unit(String code, String name, String tier, String parent) {
        Map<String, Object> unit = new LinkedHashMap<>(Map.of("code", code, "name", name, "tier", tier));
        if (parent != null) {
            unit.put("parentCode", parent);
        }
        return unit;
    }

    @Test
    void anyUnitIsFoundByTypingWithOrWithoutDiacriticsAndOpensLevelByLevel() {
        browser.signIn(RunningSuite.key("ops"));
        String binhPhuoc = code(PROVINCES.indexOf("Bình Phước"));
        for (String typed : List.of("binh phuoc " + RUN.toLowerCase(), "Bình Phước " + RUN, "BINH PHUOC " + RUN)) {
            List<String> found = search(typed);
            assertThat(found).as(typed).contains(binhPhuoc).doesNotContain(code(PROVINCES.indexOf("Bình Định")));
        }
        List<String> districts = search("dong phu 2");
        assertThat(districts).as("đ typed as d; at most 10 shown").hasSizeBetween(1, 10);
        assertThat(districts.stream().filter(code -> code.startsWith("NT" + RUN))).isNotEmpty().allMatch(code -> code.endsWith(".H2"));

        assertThat(search("binh phuoc " + RUN)).contains(binhPhuoc);
        double searched = ((Number) browser.script("return performance.getEntriesByType('resource')"
                + ".filter(e => e.name.includes('/units/search')).pop().duration")).doubleValue();
        browser.driver().executeScript("performance.clearResourceTimings()");
        browser.andWait(() -> browser.find("#unit-results button[data-unit='" + binhPhuoc + "']").click());
        assertThat(browser.url()).contains("unit=" + binhPhuoc);
        assertThat(browser.find("#pick-unit").getAttribute("value")).isEqualTo(binhPhuoc);
        @SuppressWarnings("unchecked")
        List<String> options = (List<String>) browser.script("return Array.from(document.querySelectorAll('#pick-unit option'))"
                + ".map(o => o.value).filter(v => v.startsWith('NT' + arguments[0]))", RUN);
        assertThat(options).as("every province, and Bình Phước's own children only").contains(code(0), code(62))
                .contains(binhPhuoc + ".H1", binhPhuoc + ".S1").doesNotContain(binhPhuoc + ".H1.X1", code(0) + ".H1");
        assertThat(browser.script("return performance.getEntriesByType('resource').filter(e => e.name.includes('/subtree')).length"))
                .as("no whole subtree loaded").isEqualTo(0L);

        // down a level with the picker, then the commune found by its code
        browser.open("/?view=overview&unit=" + binhPhuoc + ".H1");
        assertThat(browser.script("return Array.from(document.querySelectorAll('#pick-unit option')).map(o => o.value)"))
                .asList().contains(binhPhuoc, binhPhuoc + ".H1", binhPhuoc + ".H1.X1");
        assertThat(search(binhPhuoc.toLowerCase() + ".h1.x2")).containsExactly(binhPhuoc + ".H1.X2");

        double overview = renderedAt("/?view=overview&unit=" + binhPhuoc);
        double unitPage = renderedAt("/?view=unit&unit=" + binhPhuoc);
        System.out.printf("national tree (%,d units of ours, 63 provinces): overview %.0f ms, unit page %.0f ms from navigation;"
                + " a search answered in %.0f ms%n", units, overview, unitPage, searched);
        assertThat(overview).as("the overview on a nation's tree").isLessThanOrEqualTo(1000);
        assertThat(unitPage).as("the unit page on a nation's tree").isLessThanOrEqualTo(1000);
    }

    @SuppressWarnings("unchecked")
    private static List<String> search(String typed) {
        String before = (String) browser.script("return document.body.dataset.unitSearch || ''");
        browser.find("#find-unit").clear();
        browser.find("#find-unit").sendKeys(typed);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(driver -> {
            Object now = browser.script("return document.body.dataset.unitSearch || ''");
            return !before.equals(now) && browser.find("#find-unit").getAttribute("value").equals(typed);
        });
        return (List<String>) browser.script("return Array.from(document.querySelectorAll('#unit-results button[data-unit]'))"
                + ".map(b => b.dataset.unit)");
    }

    /** The best of three visits: milliseconds from navigation to the page's own mark that its content is on screen. */
    private static double renderedAt(String path) {
        double best = Double.MAX_VALUE;
        for (int visit = 0; visit < 3; visit++) {
            browser.open(path);
            best = Math.min(best, ((Number) browser.script(
                    "const marks = performance.getEntriesByName('dvc-rendered'); return marks[marks.length - 1].startTime")).doubleValue());
        }
        return best;
    }
}
