package vn.dvc.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Assumptions;

/**
 * The dashboard tests' province, loaded once through the gateway: a department, two districts with a commune each, a
 * campaign running today, dossiers (one overdue, one due tomorrow) and a payment; and a unit key of one district.
 */
final class DashboardProvince {

    static final ZoneId LOCAL = ZoneId.of("Asia/Ho_Chi_Minh");
    static final LocalDate TODAY = LocalDate.now(LOCAL);
    static final String RUN = UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
    static final String PROVINCE = "DB" + RUN;
    static final String DEPARTMENT = PROVINCE + ".STP";
    static final String DISTRICT = PROVINCE + ".H01";
    static final String SIBLING = PROVINCE + ".H02";
    static final String COMMUNE = DISTRICT + ".X01";
    static final String SIBLING_COMMUNE = SIBLING + ".X01";
    static final String SERVICE = "TT.DB" + RUN;
    static final String CAMPAIGN = "C-DB" + RUN;
    static final String OVERDUE = PROVINCE + "-D2";
    static final String NEAR_DUE = PROVINCE + "-D1";
    static final String FIVE = "ONLINE_SERVICE_UPTAKE,ONLINE_DOSSIER_SHARE,INPUT_DIGITISATION,ONLINE_REPORTING,ON_TIME_RESOLUTION";

    private static String unitKey;
    private static String provinceKey;
    private static String communeKey;
    private static String base;

    private DashboardProvince() {
    }

    /** A browser on the gateway, the province loaded; the tests are skipped, loudly, when Chromium is missing. */
    static synchronized Browser browser() {
        Assumptions.assumeTrue(Browser.missing().isEmpty(), () -> {
            System.err.println("\n*** " + Browser.missing().orElseThrow() + " ***\n");
            return Browser.missing().orElseThrow();
        });
        URI gateway = RunningSuite.gateway();
        RestAssured.baseURI = gateway.toString();
        RestAssured.port = gateway.getPort();
        if (base == null) {
            loadProvince();
            base = gateway.toString().replaceAll("/$", "");
        }
        return new Browser(base);
    }

    static String base() {
        return base;
    }

    /** The district's unit key. */
    static String unitKey() {
        return unitKey;
    }

    /** A unit key on the province's root. */
    static String provinceKey() {
        return provinceKey;
    }

    /** The commune's unit key. */
    static String communeKey() {
        return communeKey;
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
        unitKey = unitKeyOf("UBND huyện Lộc Ninh", DISTRICT);
        provinceKey = unitKeyOf("UBND tỉnh Thử Nghiệm", PROVINCE);
        communeKey = unitKeyOf("UBND xã Lộc Tấn", COMMUNE);

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

    private static String unitKeyOf(String name, String unit) {
        return given().contentType(ContentType.JSON).body(Map.of("name", name, "role", "unit", "unitCode", unit))
                .post("/api/v1/api-keys").then().statusCode(201).extract().jsonPath().getString("token");
    }

    private static Map<String, Object> unit(String code, String name, String tier, String parent) {
        Map<String, Object> unit = new LinkedHashMap<>(Map.of("code", code, "name", name, "tier", tier));
        if (parent != null) {
            unit.put("parentCode", parent);
        }
        return unit;
    }

    static Map<String, Object> received(String id, String unit, String channel, Instant at, Instant due) {
        return Map.of("eventId", PROVINCE + "-" + id + ".e1", "dossierId", PROVINCE + "-" + id, "status", "RECEIVED",
                "occurredAt", at.toString(), "unitCode", unit, "serviceCode", SERVICE, "channel", channel, "dueAt", due.toString());
    }

    static JsonPath kpis(String key, String unit) {
        return given().header("X-API-Key", key).queryParam("unit", unit).queryParam("from", TODAY.minusDays(10).toString())
                .queryParam("to", TODAY.plusDays(21).toString()).get("/api/v1/kpis").then().statusCode(200).extract().jsonPath();
    }

    /** Every page of the dashboard on the province, by view name (a dossier's page on the overdue one). */
    static Map<String, String> everyPage() {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("overview", view("overview", PROVINCE));
        pages.put("ranking", view("ranking", PROVINCE));
        pages.put("unit", view("unit", PROVINCE));
        pages.put("worklist", view("worklist", PROVINCE, "list=overdue"));
        pages.put("dossier", view("dossier", PROVINCE, "id=" + OVERDUE));
        pages.put("reports", view("reports", PROVINCE));
        pages.put("tasks", view("tasks", PROVINCE));
        pages.put("payments", view("payments", PROVINCE));
        pages.put("score766", view("score766", PROVINCE));
        pages.put("downloads", view("downloads", PROVINCE));
        return pages;
    }

    static String view(String view, String unit, String... more) {
        return "/?view=" + view + "&unit=" + unit + "&campaign=" + CAMPAIGN + (more.length > 0 ? "&" + String.join("&", more) : "");
    }

    static String day(LocalDate date) {
        return String.format("%02d/%02d/%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }
}
