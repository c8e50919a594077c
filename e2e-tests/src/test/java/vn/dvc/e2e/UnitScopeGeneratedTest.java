package vn.dvc.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Generated from the merged OpenAPI, for every GET a unit key may call: (1) a key on a province is never refused for a
 * parameter that names no unit, whatever the parameter's name (a {@code within} that is a duration, a number of days);
 * (2) a district's key reads no unit outside its subtree anywhere in an answer, nested values included — another
 * province's campaign targets among them. Reference data (units, services, report forms) is public to every key and
 * left out of (2).
 */
class UnitScopeGeneratedTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String run = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    private final String province = "SC" + run;
    private final String district = province + ".H01";
    private final String commune = district + ".X01";
    private final String sibling = province + ".H02";
    private final String otherProvince = "SQ" + run;
    private final String otherDistrict = otherProvince + ".H01";

    @BeforeAll
    static void suite() {
        RestAssured.baseURI = RunningSuite.gateway().toString();
        RestAssured.port = RunningSuite.gateway().getPort();
    }

    private void loadTwoProvinces() {
        given().contentType(ContentType.JSON).body(List.of(Map.of("code", province, "name", "Tỉnh A", "tier", "PROVINCE"),
                Map.of("code", district, "name", "Huyện A1", "tier", "DISTRICT", "parentCode", province),
                Map.of("code", commune, "name", "Xã A1a", "tier", "COMMUNE", "parentCode", district),
                Map.of("code", sibling, "name", "Huyện A2", "tier", "DISTRICT", "parentCode", province),
                Map.of("code", otherProvince, "name", "Tỉnh B", "tier", "PROVINCE"),
                Map.of("code", otherDistrict, "name", "Huyện B1", "tier", "DISTRICT", "parentCode", otherProvince)))
                .put("/api/v1/units").then().statusCode(200);
        RunningSuite.awaitUnitsKnown("/api/v1/kpis", Map.of("from", "2022-06-01", "to", "2022-07-01"), district, sibling, otherDistrict);
        given().contentType(ContentType.JSON).body(Map.of("name", "Chiến dịch " + run, "from", "2022-06-01", "to", "2022-09-01",
                "targets", Map.of("ONLINE_DOSSIER_SHARE", 50), "unitTargets", List.of(
                        Map.of("unit", district, "indicator", "ONLINE_DOSSIER_SHARE", "target", new BigDecimal("60")),
                        Map.of("unit", sibling, "indicator", "ONLINE_DOSSIER_SHARE", "target", new BigDecimal("70")),
                        Map.of("unit", otherDistrict, "indicator", "ONLINE_DOSSIER_SHARE", "target", new BigDecimal("80")))))
                .put("/api/v1/campaigns/C-" + run).then().statusCode(200);
    }

    private static String unitKey(String unit) {
        return given().contentType(ContentType.JSON).body(Map.of("name", "Khóa " + unit, "role", "unit", "unitCode", unit))
                .post("/api/v1/api-keys").then().statusCode(201).extract().jsonPath().getString("token");
    }

    private static Response send(String key, GeneratedReads.Read read) {
        return given().header("X-API-Key", key).queryParams(read.query()).get("/api/v1" + read.path());
    }

    @Test
    void aParameterThatNamesNoUnitIsNeverAScopeRefusal() {
        loadTwoProvinces();
        String key = unitKey(province);
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> given().header("X-API-Key", key).queryParam("unit", commune)
                .queryParam("from", "2022-06-01").queryParam("to", "2022-07-01").get("/api/v1/kpis").statusCode() == 200);
        List<String> tried = new ArrayList<>();
        for (GeneratedReads.Read read : GeneratedReads.forUnitKey(province)) {
            for (String parameter : read.query().keySet()) {
                if (read.unitParameters().contains(parameter)) {
                    continue;
                }
                // the unit parameters, the required ones, and this one: a refusal could only come from it
                Map<String, String> query = new java.util.LinkedHashMap<>();
                read.query().forEach((name, value) -> {
                    if (read.unitParameters().contains(name) || read.required().contains(name) || name.equals(parameter)) {
                        query.put(name, value);
                    }
                });
                Response answer = given().header("X-API-Key", key).queryParams(query).get("/api/v1" + read.path());
                assertThat(answer.statusCode()).as(read.operation() + " " + query + ": " + answer.asString()).isNotEqualTo(403);
                tried.add(read.operation() + " " + parameter);
            }
        }
        System.out.println("(GET, parameter) pairs tried with a province key: " + tried.size() + " " + tried);
        assertThat(tried).contains("GET /dossiers/near-due within", "GET /sources/freshness within", "GET /kpis indicator");
    }

    @Test
    void aDistrictsKeyReadsNoUnitOutsideItsSubtreeAnywhereInAnAnswer() throws IOException {
        loadTwoProvinces();
        String key = unitKey(district);
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> given().header("X-API-Key", key).queryParam("unit", commune)
                .queryParam("from", "2022-06-01").queryParam("to", "2022-07-01").get("/api/v1/kpis").statusCode() == 200);
        Set<String> everyUnit = new LinkedHashSet<>();
        for (JsonNode root : JSON.readTree(given().get("/api/v1/units").asString())) {
            for (JsonNode unit : JSON.readTree(given().get("/api/v1/units/" + root.path("code").asText() + "/subtree").asString())) {
                everyUnit.add(unit.path("code").asText());
            }
        }
        Set<String> subtree = Set.of(district, commune);
        List<String> read = new ArrayList<>();
        for (GeneratedReads.Read generated : GeneratedReads.forUnitKey(district)) {
            if (GeneratedReads.publicReference(generated.rule())) {
                continue;
            }
            Response answer = send(key, generated);
            if (answer.statusCode() != 200 || !answer.contentType().startsWith("application/json")) {
                continue;
            }
            List<String> outside = new ArrayList<>();
            collectUnits(JSON.readTree(answer.asString()), everyUnit, outside);
            outside.removeAll(subtree);
            assertThat(outside).as(generated.operation() + " " + generated.query() + " names units outside " + district).isEmpty();
            read.add(generated.operation());
        }
        System.out.println("GETs read with a district key, every unit code checked (" + read.size() + "): " + read);
        assertThat(read).contains("GET /campaigns", "GET /campaigns/{id}", "GET /kpis");
        assertThat(JSON.readTree(given().header("X-API-Key", key).get("/api/v1/campaigns/C-" + run).asString()).path("unitTargets"))
                .as("its own target is still there").hasSize(1);
    }

    private static void collectUnits(JsonNode node, Set<String> everyUnit, List<String> found) {
        if (node.isTextual() && everyUnit.contains(node.asText())) {
            found.add(node.asText());
        }
        node.forEach(child -> collectUnits(child, everyUnit, found));
        node.fieldNames().forEachRemaining(name -> {
            if (everyUnit.contains(name)) {
                found.add(name);
            }
        });
    }
}
