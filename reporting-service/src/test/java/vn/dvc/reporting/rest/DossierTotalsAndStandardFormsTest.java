package vn.dvc.reporting.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import vn.dvc.commons.jdbc.Jdbc;
import vn.dvc.commons.testing.TopicReader;
import vn.dvc.contracts.report.DossierTotalsReported;
import vn.dvc.contracts.report.ReportEvent;

/** Units' self-reported totals (replaced by a later report, published on report-events) and the ready-made forms. */
@QuarkusTest
class DossierTotalsAndStandardFormsTest {

    @Inject
    ObjectMapper json;
    @Inject
    Jdbc jdbc;

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aLaterTotalForTheSameUnitAndPeriodReplacesTheEarlierAndIsPublished() throws Exception {
        String province = "P-" + run;
        String unit = "S-" + run;
        ReportingTestUnits.publish(json, jdbc, List.of(ReportingTestUnits.unit(province, "Tỉnh", "PROVINCE", null),
                ReportingTestUnits.unit(unit, "Sở Tư pháp", "DEPARTMENT", province)));
        Map<String, Object> first = Map.of("unitCode", unit, "from", "2021-12-15", "to", "2022-03-15", "total", 100_000,
                "source", "sổ theo dõi");
        try (TopicReader topic = new TopicReader("report-events")) {
            given().contentType("application/json").body(first).post("/api/v1/dossier-totals").then().statusCode(202)
                    .body("outcome", equalTo("ACCEPTED")).body("version", equalTo(1));
            given().contentType("application/json").body(first).post("/api/v1/dossier-totals").then().statusCode(202)
                    .body("outcome", equalTo("DUPLICATE")).body("version", equalTo(1));
            Map<String, Object> corrected = Map.of("unitCode", unit, "from", "2021-12-15", "to", "2022-03-15", "total", 86_004);
            given().contentType("application/json").body(corrected).post("/api/v1/dossier-totals").then().statusCode(202)
                    .body("outcome", equalTo("UPDATED")).body("version", equalTo(2)).body("total", equalTo(86_004));
            String key = "totals/" + unit + "/2021-12-15/2022-03-15";
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> topic.records().stream()
                    .filter(record -> key.equals(record.key())).count() == 2);
            List<DossierTotalsReported> published = topic.records().stream().filter(record -> key.equals(record.key()))
                    .map(record -> read(record.value())).toList();
            assertThat(published).extracting(DossierTotalsReported::total).containsExactly(100_000L, 86_004L);
            assertThat(published.get(1).occurredAt()).isAfter(published.get(0).occurredAt());
            assertThat(published.get(0).source()).isEqualTo("sổ theo dõi");
        }
        JsonPath listed = given().queryParam("unit", province).queryParam("from", "2022-01-01").queryParam("to", "2022-02-01")
                .get("/api/v1/dossier-totals").then().statusCode(200).extract().jsonPath();
        assertThat(listed.getList("unitCode", String.class)).containsExactly(unit);
        assertThat(listed.getLong("[0].total")).isEqualTo(86_004);
    }

    @Test
    void aBadTotalIsRefusedNamingTheFieldAndStoresNothing() {
        String unit = "NOWHERE-" + run;
        given().contentType("application/json").body(Map.of("unitCode", unit, "from", "2022-01-01", "to", "2022-02-01", "total", 5))
                .post("/api/v1/dossier-totals").then().statusCode(422).contentType("application/problem+json")
                .body("violations.field", hasItem("unitCode"));
        given().contentType("application/json").body(Map.of("unitCode", unit, "from", "2022-02-01", "to", "2022-01-01", "total", 5))
                .post("/api/v1/dossier-totals").then().statusCode(400).body("violations.field", hasItem("to"));
        given().contentType("application/json").body(Map.of("unitCode", unit, "from", "2022-01-01", "to", "2022-02-01", "total", -1))
                .post("/api/v1/dossier-totals").then().statusCode(400).body("violations.field", hasItem("total"));
        given().contentType("application/json").body(Map.of("unitCode", unit, "from", "1 Jan", "to", "2022-02-01", "total", 1))
                .post("/api/v1/dossier-totals").then().statusCode(400).body("violations.field", hasItem("from"));
        given().contentType("application/json").body(Map.of("from", "2022-01-01", "to", "2022-02-01"))
                .post("/api/v1/dossier-totals").then().statusCode(400).body("violations.field", hasItems("unitCode", "total"));
        assertThat(jdbc.rows("SELECT unit_code FROM dossier_total WHERE unit_code = ?", List.of(unit))).isEmpty();
    }

    @Test
    void theReadyMadeFormsAreCreatedOnceAndOweTheirReports() {
        String province = "P-" + run;
        String department = "S-" + run;
        ReportingTestUnits.publish(json, jdbc, List.of(ReportingTestUnits.unit(province, "Tỉnh", "PROVINCE", null),
                ReportingTestUnits.unit(department, "Sở Nội vụ", "DEPARTMENT", province)));
        // a window in the past, so that the forms owed by every unit of a tier stay out of other tests' periods
        given().queryParam("activeFrom", "2021-01-01").queryParam("activeTo", "2021-01-11").post("/api/v1/report-forms/standard-set")
                .then().statusCode(200);
        given().queryParam("activeFrom", "2021-01-01").queryParam("activeTo", "2021-01-11").post("/api/v1/report-forms/standard-set")
                .then().statusCode(200).body("forms", equalTo(0));
        JsonPath forms = given().get("/api/v1/report-forms").then().statusCode(200).extract().jsonPath();
        assertThat(forms.getList("code", String.class)).contains("II.01b", "II.05a", "II.06", "LRIS", "NATIONAL", "IOC", "DISTRICT", "STEERING");
        given().get("/api/v1/report-forms/II.06").then().statusCode(200).body("system", equalTo("GRIS"))
                .body("frequency", equalTo("QUARTERLY")).body("dueRule", equalTo("15D")).body("assignedTiers", hasItem("COMMUNE"));
        given().get("/api/v1/report-forms/STEERING").then().statusCode(200).body("dueRule", equalTo("0D@17:00"))
                .body("assignedTiers", hasItems("DEPARTMENT", "DISTRICT"));
        given().get("/api/v1/report-forms/IOC").then().statusCode(200).body("indicators.code", hasItems("IOC-1", "IOC-6"));
        // the department owes the steering report every 2 days of the window (01, 03, 05, 07, 09 January), by 17:00 —
        // made when the forms are saved or, forms saved by an earlier run, when the unit's catalogue event is applied
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> steering(department).getLong("total.expected") == 5);
        JsonPath steering = steering(department);
        assertThat(steering.getString("forms[0].missing[0].deadline")).isEqualTo("2021-01-02T17:00:00+07:00");
        assertThat(steering.getList("forms[0].missing.unitCode", String.class)).containsOnly(department);
        given().queryParam("activeFrom", "June").post("/api/v1/report-forms/standard-set").then().statusCode(400)
                .body("violations.field", hasItem("activeFrom"));
    }

    private static JsonPath steering(String department) {
        return given().queryParam("form", "STEERING").queryParam("unit", department)
                .queryParam("from", "2021-01-01").queryParam("to", "2021-02-01")
                .get("/api/v1/reports/completion").then().statusCode(200).extract().jsonPath();
    }

    private DossierTotalsReported read(String value) {
        try {
            return (DossierTotalsReported) json.readValue(value, ReportEvent.class);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
