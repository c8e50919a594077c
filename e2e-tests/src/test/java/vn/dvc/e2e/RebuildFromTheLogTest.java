package vn.dvc.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dvc.launcher.DatabaseAccounts;
import vn.dvc.launcher.ProjectionRebuild;
import vn.dvc.launcher.SuiteService;

/**
 * kpi-service's database rebuilt from the log through the launcher ({@code ./suite rebuild kpi-service}): its derived
 * tables emptied, its consumer groups deleted, every topic replayed from the beginning — and afterwards every
 * indicator of every unit the same to the digit, for the year and for a month, the Decision 766 parts the same, the
 * reconciliation at 0, and what kpi-service owns (a national evaluation put through its API) kept.
 */
class RebuildFromTheLogTest {

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String province = "RB-" + run;
    private final String service = "RB-" + run + "-S";

    @BeforeAll
    static void suite() {
        RestAssured.baseURI = RunningSuite.gateway().toString();
        RestAssured.port = RunningSuite.gateway().getPort();
    }

    @Test
    void everyFigureAfterAReplayFromTheBeginningIsTheFigureBefore() {
        List<String> districts = List.of(province + ".H1", province + ".H2", province + ".H3");
        List<Map<String, Object>> units = new ArrayList<>(List.of(Map.of("code", province, "name", "Tỉnh", "tier", "PROVINCE")));
        districts.forEach(district -> units.add(Map.of("code", district, "name", "Huyện", "tier", "DISTRICT", "parentCode", province)));
        given().contentType(ContentType.JSON).body(units).put("/api/v1/units").then().statusCode(200);
        given().contentType(ContentType.JSON).body(List.of(Map.of("code", service, "name", "Thủ tục", "field", "Tư pháp",
                        "feeBearing", false, "offerings", List.of(Map.of("tier", "DISTRICT", "onlineMode", "FULL")))))
                .put("/api/v1/services").then().statusCode(200);
        // 600 dossiers over 2022, each received, most resolved (some late), some re-using data: ~1,500 events
        for (int batch = 0; batch < 6; batch++) {
            List<Map<String, Object>> events = new ArrayList<>();
            for (int i = batch * 100; i < (batch + 1) * 100; i++) {
                String dossier = province + "-D" + i;
                int month = 1 + i % 12;
                String day = "2022-%02d-%02d".formatted(month, 1 + i % 27);
                events.add(Map.of("eventId", dossier + "/r", "dossierId", dossier, "status", "RECEIVED",
                        "occurredAt", day + "T09:00:00+07:00", "unitCode", districts.get(i % 3), "serviceCode", service,
                        "channel", i % 4 == 0 ? "DIRECT" : "ONLINE", "dueAt", day + "T17:00:00+07:00", "inputsDigitised", i % 5 != 0));
                if (i % 7 != 0) {
                    events.add(Map.of("eventId", dossier + "/k", "dossierId", dossier, "status", "RESOLVED",
                            "occurredAt", day + (i % 6 == 0 ? "T18:00:00+07:00" : "T16:00:00+07:00"), "electronicResult", i % 2 == 0));
                }
                if (i % 3 == 0) {
                    events.add(Map.of("eventId", dossier + "/u", "dossierId", dossier, "status", "DATA_REUSED",
                            "occurredAt", day + "T09:00:00+07:00"));
                }
            }
            given().contentType(ContentType.JSON).body(events).post("/api/v1/dossier-events/batch").then().statusCode(202);
        }
        given().contentType(ContentType.JSON).body(List.of(Map.of("id", run + "-F1", "unitCode", districts.get(0),
                        "receivedAt", "2022-06-01T09:00:00", "steps", List.of(Map.of("kind", "HANDLED", "at", "2022-06-03T09:00:00")))))
                .post("/api/v1/feedback-items").then().statusCode(202);
        given().contentType(ContentType.JSON).body(Map.of("metrics", List.of(Map.of("code", "REUSED_DIGITIZED_DATA", "numerator", 1,
                        "denominator", 2, "ratio", 50.0, "score", 1.25, "maxScore", 2))))
                .queryParam("unit", province).queryParam("from", "2022-06-01").queryParam("to", "2022-07-01")
                .put("/api/v1/scores/766/national").then().statusCode(200);
        Awaitility.await().atMost(Duration.ofSeconds(90)).until(() -> given().queryParam("unit", province)
                .queryParam("from", "2022-01-01").queryParam("to", "2023-01-01").get("/api/v1/kpis").then().extract().jsonPath()
                .getLong("indicators.find { it.code == 'ONLINE_DOSSIER_SHARE' }.denominator") == 600
                && feedbackItemsOf(province) == 1);

        // what other tests sent may still be on its way: the figures are taken once two reads 2 s apart agree
        List<List<Map<String, Object>>> reads = new ArrayList<>(List.of(everyUnitsFigures("2022-01-01", "2023-01-01")));
        Awaitility.await().atMost(Duration.ofSeconds(120)).pollDelay(Duration.ofSeconds(2)).pollInterval(Duration.ofSeconds(2))
                .until(() -> reads.add(everyUnitsFigures("2022-01-01", "2023-01-01"))
                        && reads.get(reads.size() - 1).equals(reads.get(reads.size() - 2)));
        List<Map<String, Object>> yearBefore = reads.get(reads.size() - 1);
        List<Map<String, Object>> juneBefore = everyUnitsFigures("2022-06-01", "2022-07-01");
        List<Object> partsBefore = score766().getList("parts");
        assertThat(yearBefore).as("every unit × indicator").hasSizeGreaterThan(4 * 20);

        ProjectionRebuild.Replayed replayed = RunningSuite.rebuild(SuiteService.KPI);

        assertThat(replayed.records()).as("the seeded events, at least").isGreaterThan(1_500);
        assertThat(everyUnitsFigures("2022-01-01", "2023-01-01")).as("the year, every unit").isEqualTo(yearBefore);
        assertThat(everyUnitsFigures("2022-06-01", "2022-07-01")).as("June, every unit").isEqualTo(juneBefore);
        assertThat(score766().getList("parts")).isEqualTo(partsBefore);
        JsonPath reconciled = given().header("Idempotency-Key", UUID.randomUUID().toString()).queryParam("from", "2022-01-01")
                .queryParam("to", "2023-01-01").post("/api/v1/kpis/reconcile").then().statusCode(200).extract().jsonPath();
        assertThat(reconciled.getLong("differences")).isZero();
        assertThat(given().queryParam("unit", province).queryParam("from", "2022-06-01").queryParam("to", "2022-07-01")
                .get("/api/v1/scores/766/compare").then().statusCode(200).extract().jsonPath().getBoolean("evaluated"))
                .as("the national evaluation is kpi-service's own: kept").isTrue();
    }

    @Test
    void everyTableOfAServiceThatConsumesTheLogIsNamedDerivedOrOwned() throws SQLException {
        Path root = RunningSuite.get().settings().projectRoot();
        for (SuiteService consumer : List.of(SuiteService.KPI, SuiteService.PAYMENT, SuiteService.REPORTING)) {
            ProjectionRebuild.ServiceTables listed = ProjectionRebuild.ServiceTables.of(
                    root.resolve(consumer.module()).resolve("src/main/resources/db/tables.txt"));
            Set<String> named = new HashSet<>(listed.derived());
            named.addAll(listed.owned());
            assertThat(tablesOf(consumer)).as(consumer.module() + ": db/tables.txt").containsExactlyInAnyOrderElementsOf(named);
        }
    }

    private static Set<String> tablesOf(SuiteService service) throws SQLException {
        String database = service.database().orElseThrow();
        Set<String> tables = new HashSet<>();
        try (Connection connection = DriverManager.getConnection("jdbc:mysql://" + RunningSuite.get().settings().database() + "/"
                + database + "_test?allowPublicKeyRetrieval=true&useSSL=false", database, DatabaseAccounts.devPasswordOf(service));
             ResultSet rows = connection.getMetaData().getTables(database + "_test", null, "%", new String[] {"TABLE"})) {
            while (rows.next()) {
                tables.add(rows.getString("TABLE_NAME"));
            }
        }
        return tables;
    }

    private static long feedbackItemsOf(String unit) {
        return given().queryParam("unit", unit).queryParam("from", "2022-06-01").queryParam("to", "2022-07-01").get("/api/v1/scores/766")
                .then().extract().jsonPath().getLong("parts.find { it.code == 'FEEDBACK_ON_TIME' }.denominator");
    }

    private JsonPath score766() {
        return given().queryParam("unit", province).queryParam("from", "2022-06-01").queryParam("to", "2022-07-01")
                .get("/api/v1/scores/766").then().statusCode(200).extract().jsonPath();
    }

    /** The ministry's pull of every unit of the tree, all pages. */
    private static List<Map<String, Object>> everyUnitsFigures(String from, String to) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonPath one = given().queryParam("from", from).queryParam("to", to).queryParam("page", page).queryParam("size", 200)
                    .get("/api/v1/emc/indicators").then().statusCode(200).extract().jsonPath();
            rows.addAll(one.getList("rows"));
            if ((long) (page + 1) * 200 >= one.getLong("totalUnits")) {
                return rows;
            }
        }
    }
}
