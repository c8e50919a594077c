package vn.dvc.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dvc.launcher.SuiteService;

/**
 * Read your own writes (README "Read what you wrote"): a write answers X-DVC-Written; a read sent with it as
 * X-DVC-After is answered with its effects — at once, without polling, by whichever kpi-service instance answers; a
 * token the suite cannot reach in time is a 503 saying how far behind; a unit not applied yet is "not yet", never
 * "not found", and a unit nobody created stays 404.
 */
class ReadYourWritesThroughGatewayTest {

    private static final Pattern TOKEN = Pattern.compile("[a-z-]+:\\d+:\\d+(,[a-z-]+:\\d+:\\d+)*");
    private static final String SHARE = "indicators.find { it.code == 'ONLINE_DOSSIER_SHARE' }";

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String province = "RW-" + run;
    private final String department = "RW-" + run + ".01";
    private final String service = "RW-" + run + "-S";
    private int warmUps;

    @BeforeAll
    static void suite() {
        RestAssured.baseURI = RunningSuite.gateway().toString();
        RestAssured.port = RunningSuite.gateway().getPort();
    }

    private String catalogue() {
        String units = written(given().contentType(ContentType.JSON).body(List.of(
                        Map.of("code", province, "name", "Tỉnh " + run, "tier", "PROVINCE"),
                        Map.of("code", department, "name", "Sở Tư pháp", "tier", "DEPARTMENT", "parentCode", province)))
                .put("/api/v1/units"));
        String services = written(given().contentType(ContentType.JSON).body(List.of(Map.of("code", service, "name", "Thủ tục",
                        "field", "Tư pháp", "feeBearing", false, "offerings", List.of(Map.of("tier", "PROVINCE", "level", 4)))))
                .put("/api/v1/services"));
        return units + "," + services;
    }

    private static String written(Response answer) {
        assertThat(answer.statusCode()).as(answer.asString()).isBetween(200, 299);
        String token = answer.header("X-DVC-Written");
        assertThat(token).as("the write's consistency token: " + answer.headers()).isNotNull().matches(TOKEN);
        return token;
    }

    private Map<String, Object> received(int i, boolean online) {
        String dossier = "RW-" + run + "-" + i;
        return Map.of("eventId", dossier + "/R", "dossierId", dossier, "status", "RECEIVED",
                "occurredAt", "2022-06-10T08:30:00+07:00", "unitCode", department, "serviceCode", service,
                "channel", online ? "ONLINE" : "DIRECT", "dueAt", "2022-06-17T17:00:00+07:00");
    }

    private Response kpisAfter(String token) {
        return given().header("X-DVC-After", token).queryParam("unit", province).queryParam("from", "2022-06-01")
                .queryParam("to", "2022-07-01").get("/api/v1/kpis");
    }

    /**
     * Waits until kpi-service applies again after its consumer groups changed (an instance came or went: while a
     * group rebalances nothing of its topic is applied, and a read with a token answers 503 after its 2 s). Each topic
     * has a group of its own, so the catalogue's and the dossiers' are both waited for: a unit and a batch of dossiers
     * spread over every partition, in a province of their own that the figures read here do not include.
     */
    private void kpiServiceApplies() {
        String warmProvince = province + "-W" + warmUps;
        String warmDepartment = warmProvince + ".01";
        String units = written(given().contentType(ContentType.JSON).body(List.of(
                        Map.of("code", warmProvince, "name", "Tỉnh " + run, "tier", "PROVINCE"),
                        Map.of("code", warmDepartment, "name", "Sở Tư pháp", "tier", "DEPARTMENT", "parentCode", warmProvince)))
                .put("/api/v1/units"));
        List<Map<String, Object>> spread = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            Map<String, Object> event = new HashMap<>(received(i, true));
            String dossier = warmProvince + "-" + i;
            event.putAll(Map.of("eventId", dossier + "/R", "dossierId", dossier, "unitCode", warmDepartment));
            spread.add(event);
        }
        warmUps++;
        String token = units + "," + written(given().contentType(ContentType.JSON).body(spread).post("/api/v1/dossier-events/batch"));
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> given().header("X-DVC-After", token)
                .queryParam("unit", warmProvince).queryParam("from", "2022-06-01").queryParam("to", "2022-07-01")
                .get("/api/v1/kpis").statusCode() == 200);
    }

    /**
     * The read's answer as a client following the contract gets it: the figures with everything the token names, or —
     * when an instance cannot apply that much within its wait (two instances on a loaded machine) — a 503 saying how
     * far behind, with Retry-After, and the same read again after it. Never figures without what the token names.
     */
    private JsonPath answeredAfter(String token) {
        for (int attempt = 0; attempt < 10; attempt++) {
            Response answer = kpisAfter(token);
            if (answer.statusCode() != 503) {
                return answer.then().log().ifValidationFails().statusCode(200).extract().jsonPath();
            }
            assertThat(answer.header("Retry-After")).isEqualTo("1");
            assertThat(answer.jsonPath().getString("detail")).contains("records not applied yet");
        }
        throw new AssertionError("a token of 1,001 events still not applied after 10 reads of 2 s each");
    }

    @Test
    void aTokenFromAThousandEventsIsAnsweredWithAllOfThemAtOnceByEitherKpiInstance() {
        String catalogue = catalogue();
        RunningSuite.startSecondInstance(SuiteService.KPI);
        try {
            kpiServiceApplies();
            List<Map<String, Object>> events = new ArrayList<>();
            for (int i = 0; i < 1000; i++) {
                events.add(received(i, i % 4 != 0));
            }
            String batch = written(given().contentType(ContentType.JSON).body(events).post("/api/v1/dossier-events/batch"));
            String live = written(given().contentType(ContentType.JSON).body(received(1000, true)).post("/api/v1/dossier-events"));

            Set<String> instances = new HashSet<>();
            for (int read = 0; read < 8; read++) {
                String token = read % 2 == 0 ? live : catalogue + "," + batch + "," + live;
                JsonPath figures = answeredAfter(token);
                assertThat(figures.getLong(SHARE + ".denominator")).as("read %d after %s: %s", read, token,
                        figures.prettify()).isEqualTo(1001);
                assertThat(figures.getLong(SHARE + ".numerator")).as("750 online of the batch, 1 live").isEqualTo(751);
                instances.add(figures.getString("progress.instance"));
            }
            assertThat(instances).as("both kpi-service instances answered").hasSize(2);
        } finally {
            RunningSuite.stopSecondInstance(SuiteService.KPI);
            kpiServiceApplies();
        }
    }

    @Test
    void aUnitCreatedAndReadAtOnceIsItsFigureOrNotYetNeverNotFound() {
        for (int i = 0; i < 10; i++) {
            String unit = "RW-" + run + "-N" + i;
            String token = written(given().contentType(ContentType.JSON)
                    .body(List.of(Map.of("code", unit, "name", "Tỉnh mới " + i, "tier", "PROVINCE"))).put("/api/v1/units"));
            Response atOnce = given().queryParam("unit", unit).queryParam("from", "2022-06-01").queryParam("to", "2022-07-01")
                    .get("/api/v1/kpis");
            assertThat(atOnce.statusCode()).as(atOnce.asString()).isIn(200, 503);
            if (atOnce.statusCode() == 503) {
                assertThat(atOnce.header("Retry-After")).isEqualTo("1");
                assertThat(atOnce.jsonPath().getString("detail")).contains("Unit " + unit + " is not known here yet");
            }
            given().header("X-DVC-After", token).queryParam("unit", unit).queryParam("from", "2022-06-01")
                    .queryParam("to", "2022-07-01").get("/api/v1/kpis").then().log().ifValidationFails().statusCode(200)
                    .body("unit", equalTo(unit));
        }
    }

    @Test
    void aTokenTheSuiteCannotReachInTimeIsA503SayingHowFarBehind() {
        String token = catalogue();
        Matcher partition = Pattern.compile("catalog-events:0:(\\d+)").matcher(token);
        assertThat(partition.find()).isTrue();
        long beyond = Long.parseLong(partition.group(1)) + 1_000_000;

        Response answer = kpisAfter("catalog-events:0:" + beyond);

        answer.then().statusCode(503).contentType("application/problem+json").header("Retry-After", "1")
                .body("violations[0].field", equalTo("X-DVC-After"));
        Matcher behind = Pattern.compile("catalog-events: (\\d+) records not applied yet")
                .matcher(answer.jsonPath().getString("violations[0].message"));
        assertThat(behind.matches()).as(answer.asString()).isTrue();
        assertThat(Long.parseLong(behind.group(1))).as("the records between what is applied and the token").isGreaterThan(990_000L);
    }

    @Test
    void aUnitNobodyCreatedIsNotFound() {
        String token = catalogue();
        given().header("X-DVC-After", token).queryParam("unit", "RW-NOBODY-" + run).queryParam("from", "2022-06-01")
                .queryParam("to", "2022-07-01").get("/api/v1/kpis")
                .then().statusCode(404).body("detail", equalTo("Unit RW-NOBODY-" + run + " is not known"));
    }

    @Test
    void aMalformedTokenIsRefusedNamingWhereItCameFrom() {
        given().header("X-DVC-After", "dossier-events:three:4").queryParam("unit", province).queryParam("from", "2022-06-01")
                .queryParam("to", "2022-07-01").get("/api/v1/kpis")
                .then().statusCode(400).contentType("application/problem+json").body("violations[0].field", equalTo("X-DVC-After"));
        given().queryParam("after", "; DROP TABLE").queryParam("unit", province).queryParam("from", "2022-06-01")
                .queryParam("to", "2022-07-01").get("/api/v1/kpis")
                .then().statusCode(400).body("violations[0].field", equalTo("after"));
    }
}
