package vn.dvc.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.dvc.e2e.PortalEvents.LOCAL;
import static vn.dvc.e2e.PortalEvents.at;
import static vn.dvc.e2e.PortalEvents.event;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Sources through the gateway (docs/counting-rules.md, "Sources" and "Data quality"): a province of its own whose
 * units send, stop, spike, jump or contradict themselves in the past weeks, its events posted by the portal key;
 * GET /sources/freshness and /sources/quality must tell each apart, and raise nothing for the unit that behaves.
 */
class SourcesThroughGatewayTest {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
    private static final String PROVINCE = "SQ" + RUN;
    private static final String STEADY = PROVINCE + ".STEADY";
    private static final String SPIKE = PROVINCE + ".SPIKE";
    private static final String JUMP = PROVINCE + ".JUMP";
    private static final String LATE = PROVINCE + ".LATE";
    private static final String ODD = PROVINCE + ".ODD";
    private static final String GOES_QUIET = PROVINCE + ".QUIET";
    private static final String RARE = PROVINCE + ".RARE";
    private static final String SERVICE = "TT.SQ" + RUN;

    /** The quality period: four weeks from a Monday ten weeks back, with the four weeks before it as history. */
    private static final LocalDate MONDAY = LocalDate.now(LOCAL).minusWeeks(10).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    private static final LocalDate PERIOD_END = MONDAY.plusWeeks(4);
    private static final LocalDate SPIKE_DAY = MONDAY.plusDays(9);
    /** The freshness unit's last day of sending: a Friday at least a week back. */
    private static final LocalDate LAST_FRIDAY = LocalDate.now(LOCAL).minusWeeks(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.FRIDAY));

    private static String portalKey;
    private static final List<Map<String, Object>> events = new ArrayList<>();

    @BeforeAll
    static void loadProvince() {
        RunningSuite.gateway();
        portalKey = RunningSuite.key("portal");
        List<Map<String, Object>> units = new ArrayList<>();
        units.add(Map.of("code", PROVINCE, "name", "Tỉnh Nguồn " + RUN, "tier", "PROVINCE"));
        for (String code : List.of(STEADY, SPIKE, JUMP, LATE, ODD, GOES_QUIET, RARE)) {
            units.add(Map.of("code", code, "name", "Huyện " + code.substring(code.indexOf('.') + 1), "tier", "DISTRICT",
                    "parentCode", PROVINCE));
        }
        given().contentType(ContentType.JSON).body(units).put("/api/v1/units").then().statusCode(200);
        given().contentType(ContentType.JSON).body(List.of(Map.of("code", SERVICE, "name", "Đăng ký khai sinh", "field", "Hộ tịch",
                        "feeBearing", false, "offerings", List.of(Map.of("tier", "DISTRICT", "onlineMode", "FULL")))))
                .put("/api/v1/services").then().statusCode(200);

        for (LocalDate day = MONDAY.minusWeeks(4); day.isBefore(PERIOD_END); day = day.plusDays(1)) {
            if (day.getDayOfWeek().getValue() >= 6) {
                continue;
            }
            boolean inPeriod = !day.isBefore(MONDAY);
            receive(STEADY, day, 10, 3, 5);
            receive(SPIKE, day, day.equals(SPIKE_DAY) ? 60 : 10, day.equals(SPIKE_DAY) ? 18 : 3, 0);
            boolean jumpWeek = !day.isBefore(MONDAY.plusWeeks(2)) && day.isBefore(MONDAY.plusWeeks(3));
            receive(JUMP, day, 10, jumpWeek ? 9 : 2, 0);
            if (!inPeriod) {
                receive(LATE, day, 10, 3, 0);
            } else if (day.isBefore(MONDAY.plusDays(10))) {
                resolveLater(LATE, day.minusWeeks(4), 5, day);
            }
        }
        // ODD: resolved on Thursday, received on Friday
        events.add(event(ODD + "-X", "x1", "RESOLVED", MONDAY.plusDays(3).atTime(10, 0), Map.of()));
        events.add(event(ODD + "-X", "x2", "RECEIVED", MONDAY.plusDays(4).atTime(9, 0), Map.of("unitCode", ODD,
                "serviceCode", SERVICE, "channel", "DIRECT", "dueAt", at(MONDAY.plusDays(9).atTime(17, 0)))));
        // GOES_QUIET: three a day on the twenty working days up to LAST_FRIDAY; RARE: seven on five of them
        int working = 0;
        for (LocalDate day = LAST_FRIDAY; working < 20; day = day.minusDays(1)) {
            if (day.getDayOfWeek().getValue() < 6) {
                receive(GOES_QUIET, day, 3, 1, 0);
                if (working % 4 == 0) {
                    receive(RARE, day, 7, 1, 0);
                }
                working++;
            }
        }
        for (int from = 0; from < events.size(); from += 1_000) {
            given().header("X-API-Key", portalKey).contentType(ContentType.JSON)
                    .body(events.subList(from, Math.min(events.size(), from + 1_000)))
                    .post("/api/v1/dossier-events/batch").then().statusCode(202);
        }
        RunningSuite.awaitUnitsKnown("/api/v1/reports/completion", Map.of("period", "2022-Q1"), STEADY, SPIKE);
        for (Map.Entry<String, Integer> total : Map.of(STEADY, 20, SPIKE, 50).entrySet()) {
            given().contentType(ContentType.JSON).body(Map.of("unitCode", total.getKey(), "from", MONDAY.toString(),
                            "to", MONDAY.plusWeeks(1).toString(), "total", total.getValue(), "source", "sổ theo dõi"))
                    .post("/api/v1/dossier-totals").then().statusCode(202);
        }
        long receipts = events.stream().filter(event -> "RECEIVED".equals(event.get("status"))).count() - 1;
        Awaitility.await().atMost(Duration.ofSeconds(120)).until(() -> given().queryParam("unit", PROVINCE)
                .queryParam("from", MONDAY.minusWeeks(5).toString()).queryParam("to", LocalDate.now(LOCAL).plusDays(1).toString())
                .queryParam("indicator", "ONLINE_DOSSIER_SHARE").get("/api/v1/kpis").then().extract().jsonPath()
                .getLong("indicators[0].denominator") == receipts);
    }

    /** {@code count} dossiers received at the unit that day, {@code online} of them online, {@code resolved} resolved that afternoon. */
    private static void receive(String unit, LocalDate day, int count, int online, int resolved) {
        for (int i = 0; i < count; i++) {
            String dossier = unit + "-" + day + "-" + i;
            events.add(event(dossier, "r", "RECEIVED", day.atTime(9, 0), Map.of("unitCode", unit, "serviceCode", SERVICE,
                    "channel", i < online ? "ONLINE" : "DIRECT", "dueAt", at(day.plusDays(7).atTime(17, 0)))));
            if (i < resolved) {
                events.add(event(dossier, "s", "RESOLVED", day.atTime(15, 0), Map.of()));
            }
        }
    }

    private static void resolveLater(String unit, LocalDate receivedOn, int count, LocalDate day) {
        for (int i = 0; i < count; i++) {
            events.add(event(unit + "-" + receivedOn + "-" + i, "s", "RESOLVED", day.atTime(15, 0), Map.of()));
        }
    }


    private static JsonPath freshness(String unit, LocalDate at, Integer within) {
        var request = given().queryParam("unit", unit).queryParam("at", at.toString());
        if (within != null) {
            request.queryParam("within", within);
        }
        return request.get("/api/v1/sources/freshness").then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> unitOf(JsonPath report, String code) {
        return report.<Map<String, Object>>getList("units").stream().filter(unit -> code.equals(unit.get("unitCode")))
                .findFirst().orElseThrow();
    }

    @Test
    void aWeekendIsNotQuietThreeWorkingDaysAreAndARareSenderNeverIs() {
        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(this::freshnessTellsQuietFromWeekendAndRare);
    }

    private void freshnessTellsQuietFromWeekendAndRare() {
        JsonPath monday = freshness(PROVINCE, LAST_FRIDAY.plusDays(3), null);
        JsonPath thursday = freshness(PROVINCE, LAST_FRIDAY.plusDays(6), null);
        JsonPath thursdayWithinFour = freshness(PROVINCE, LAST_FRIDAY.plusDays(6), 4);

        Map<String, Object> quietOnMonday = unitOf(monday, GOES_QUIET);
        assertThat(quietOnMonday.get("silentWorkingDays")).isEqualTo(0);
        assertThat(quietOnMonday.get("quiet")).isEqualTo(false);
        assertThat(quietOnMonday.get("usualPerWorkingDay")).isEqualTo(3.0f);
        Map<String, Object> quietOnThursday = unitOf(thursday, GOES_QUIET);
        assertThat(quietOnThursday.get("silentWorkingDays")).isEqualTo(3);
        assertThat(quietOnThursday.get("quiet")).isEqualTo(true);
        assertThat(unitOf(thursdayWithinFour, GOES_QUIET).get("quiet")).isEqualTo(false);
        assertThat(unitOf(thursday, RARE).get("quiet")).as("sends on a quarter of its working days").isEqualTo(false);
        assertThat(thursday.getInt("quietAfterWorkingDays")).isEqualTo(2);
        assertThat(thursday.getList("units.unitCode").indexOf(GOES_QUIET))
                .as("quiet units first").isLessThan(thursday.getList("units.unitCode").indexOf(RARE));

        List<?> sources = (List<?>) quietOnMonday.get("sources");
        assertThat(sources).hasSize(1);
        Map<?, ?> source = (Map<?, ?>) sources.get(0);
        assertThat(source.get("sourceKey")).as("the portal key's id").isEqualTo(portalKey.substring(4, 16));
        assertThat(source.get("eventsLast30Days")).as("its twenty working days lie in the thirty days to Monday").isEqualTo(60);
        assertThat((String) source.get("latestEventAt")).startsWith(LAST_FRIDAY.atTime(LocalTime.of(2, 0)).toString());
    }

    @Test
    void eachQualityFlagIsRaisedByTheDataThatShouldRaiseItAndTheSteadyUnitRaisesOnlyItsUnderReport() {
        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(this::qualityFlagsAreTheExpectedOnes);
    }

    private void qualityFlagsAreTheExpectedOnes() {
        JsonPath quality = given().queryParam("unit", PROVINCE).queryParam("from", MONDAY.toString())
                .queryParam("to", PERIOD_END.toString()).get("/api/v1/sources/quality").then().statusCode(200).extract().jsonPath();

        Map<String, List<String>> checksByUnit = new HashMap<>();
        for (Map<String, Object> flag : quality.<Map<String, Object>>getList("flags")) {
            checksByUnit.computeIfAbsent((String) flag.get("unitCode"), unit -> new ArrayList<>()).add((String) flag.get("check"));
        }
        assertThat(checksByUnit).containsOnlyKeys(PROVINCE, STEADY, SPIKE, JUMP, LATE, ODD);
        // the province's own on-time share: STEADY's 25 early resolutions a week, then LATE's late ones beside them
        // (25 in the first week, 15 in the second): 100 % → 50 % → 62.5 % → 100 %
        assertThat(checksByUnit.get(PROVINCE)).containsExactly("SHARE_JUMP", "SHARE_JUMP");
        assertThat(flag(quality, PROVINCE, "SHARE_JUMP")).containsEntry("onTimeResolutionSharePreviousWeekPercent", 100.0f)
                .containsEntry("onTimeResolutionSharePercent", 50.0f).containsEntry("points", -50.0f);
        assertThat(checksByUnit.get(STEADY)).containsExactly("REPORTED_BELOW_PORTAL");
        assertThat(checksByUnit.get(SPIKE)).containsExactly("INTAKE_OUTLIER");
        assertThat(checksByUnit.get(JUMP)).containsExactly("SHARE_JUMP", "SHARE_JUMP");
        assertThat(checksByUnit.get(LATE)).containsExactly("RESOLVED_WITHOUT_RECEIPTS");
        assertThat(checksByUnit.get(ODD)).containsExactly("RESOLVED_BEFORE_RECEIVED");

        assertThat(flag(quality, STEADY, "REPORTED_BELOW_PORTAL")).containsEntry("reported", 20.0f).containsEntry("portal", 50.0f);
        assertThat(flag(quality, SPIKE, "INTAKE_OUTLIER")).containsEntry("receipts", 60.0f).containsEntry("median", 10.0f);
        assertThat(quality.getString("flags.find { it.check == 'INTAKE_OUTLIER' }.from")).isEqualTo(SPIKE_DAY.toString());
        assertThat(flag(quality, JUMP, "SHARE_JUMP")).containsEntry("onlineDossierSharePreviousWeekPercent", 20.0f)
                .containsEntry("onlineDossierSharePercent", 90.0f).containsEntry("points", 70.0f);
        assertThat(flag(quality, LATE, "RESOLVED_WITHOUT_RECEIPTS")).containsEntry("resolved", 40.0f).containsEntry("received", 0.0f);
        assertThat(flag(quality, ODD, "RESOLVED_BEFORE_RECEIVED")).containsEntry("dossiers", 1.0f);
        assertThat(quality.getString("flags.find { it.check == 'SHARE_JUMP' }.label"))
                .isEqualTo("Tỷ lệ thay đổi quá 30 điểm phần trăm so với tuần trước");
        assertThat(quality.getInt("counts.SHARE_JUMP")).isEqualTo(4);
        assertThat(quality.getString("rulesVersion")).isEqualTo("1");
    }

    @Test
    void aUnitKeyReadsOnlyItsOwnSubtreeAndALongPeriodIsRefusedNamingTo() {
        String unitKey = given().contentType(ContentType.JSON).body(Map.of("name", "UBND " + STEADY, "role", "unit", "unitCode", STEADY))
                .post("/api/v1/api-keys").then().statusCode(201).extract().jsonPath().getString("token");

        given().header("X-API-Key", unitKey).queryParam("unit", STEADY).get("/api/v1/sources/freshness").then().statusCode(200);
        given().header("X-API-Key", unitKey).queryParam("unit", SPIKE).get("/api/v1/sources/freshness").then().statusCode(403);
        given().queryParam("unit", PROVINCE).queryParam("from", MONDAY.toString()).queryParam("to", MONDAY.plusDays(120).toString())
                .get("/api/v1/sources/quality").then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", org.hamcrest.Matchers.equalTo("to"));
    }

    @Test
    void theBulletinNamesTheQuietUnitsInItsSourcesSheet() throws Exception {
        JsonPath bulletin = given().post("/api/v1/bulletins").then().statusCode(201).extract().jsonPath();

        Map<String, Object> quiet = bulletin.<Map<String, Object>>getList("sources.quietUnits").stream()
                .filter(unit -> GOES_QUIET.equals(unit.get("unitCode"))).findFirst().orElseThrow();
        assertThat((Integer) quiet.get("silentWorkingDays")).as("silent since a Friday at least a week back").isGreaterThanOrEqualTo(3);
        assertThat(bulletin.getList("sources.quietUnits.unitCode")).doesNotContain(RARE);
        assertThat(bulletin.getList("sources.failedPushes")).isNotNull();

        String appendix = given().queryParam("unit", PROVINCE).queryParam("from", MONDAY.toString())
                .queryParam("to", PERIOD_END.toString()).get("/api/v1/appendices/2").then().statusCode(200).extract().asString();
        assertThat(appendix).as("the appendix says its figures rest on quiet units").contains("đơn vị đã ngừng gửi dữ liệu")
                .contains(GOES_QUIET);

        byte[] workbook = given().queryParam("format", "xlsx").get("/api/v1/bulletins/" + bulletin.getLong("id"))
                .then().statusCode(200).extract().asByteArray();
        try (org.apache.poi.ss.usermodel.Workbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(workbook))) {
            org.apache.poi.ss.usermodel.Sheet sources = book.getSheet("Nguồn dữ liệu");
            assertThat(sources.getRow(0).getCell(0).getStringCellValue()).startsWith("CẢNH BÁO NGUỒN DỮ LIỆU");
            boolean named = false;
            for (org.apache.poi.ss.usermodel.Row row : sources) {
                named |= row.getCell(2) != null && GOES_QUIET.equals(row.getCell(2).getStringCellValue())
                        && "Đơn vị ngừng gửi dữ liệu".equals(row.getCell(1).getStringCellValue());
            }
            assertThat(named).as("a line for the quiet unit").isTrue();
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> flag(JsonPath quality, String unit, String check) {
        return quality.<Map<String, Object>>getList("flags").stream()
                .filter(flag -> unit.equals(flag.get("unitCode")) && check.equals(flag.get("check")))
                .map(flag -> (Map<String, Object>) flag.get("figures")).findFirst().orElseThrow();
    }
}
