package vn.dvc.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dvc.access.identity.Caller;
import vn.dvc.access.identity.IdentitySignature;
import vn.dvc.access.identity.SignedRequest;
import vn.dvc.launcher.SuiteService;

/**
 * Access with the real services: a unit key made by ops reads and submits inside its own district and gets nothing of
 * the sibling district — by query parameter (the gateway refuses), by a dossier's or a payment's id (the service
 * answers as if unknown), by a body's unit (the service refuses); a service reached around the gateway serves nobody.
 */
class AccessThroughGatewayTest {

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String province = "BP-" + run;
    private final String own = "H1-" + run;
    private final String sibling = "H2-" + run;
    private final String service = "2.001-" + run;

    @BeforeAll
    static void suite() {
        RestAssured.baseURI = RunningSuite.gateway().toString();
        RestAssured.port = RunningSuite.gateway().getPort();
    }

    @Test
    void aUnitKeyGetsNothingOfItsSiblingDistrict() {
        given().contentType(ContentType.JSON).body(List.of(Map.of("code", province, "name", "Tỉnh", "tier", "PROVINCE"),
                        Map.of("code", own, "name", "Huyện A", "tier", "DISTRICT", "parentCode", province),
                        Map.of("code", sibling, "name", "Huyện B", "tier", "DISTRICT", "parentCode", province)))
                .put("/api/v1/units").then().statusCode(200);
        given().contentType(ContentType.JSON).body(List.of(Map.of("code", service, "name", "Thủ tục", "field", "Hộ tịch",
                "feeBearing", false, "offerings", List.of(Map.of("tier", "DISTRICT", "onlineMode", "FULL")))))
                .put("/api/v1/services").then().statusCode(200);
        String received = Instant.now().minusSeconds(86_400).toString();
        String due = Instant.now().plusSeconds(86_400).toString();
        given().contentType(ContentType.JSON).body(List.of(event("own", own, received, due), event("other", sibling, received, due)))
                .post("/api/v1/dossier-events/batch").then().statusCode(202);
        String unitKey = given().contentType(ContentType.JSON).body(Map.of("name", "UBND " + own, "role", "unit", "unitCode", own))
                .post("/api/v1/api-keys").then().statusCode(201).extract().jsonPath().getString("token");

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> given().header("X-API-Key", unitKey)
                .queryParam("unit", own).queryParam("from", "2022-01-01").queryParam("to", "2022-02-01")
                .get("/api/v1/kpis").statusCode() == 200);
        given().header("X-API-Key", unitKey).queryParam("unit", sibling).queryParam("from", "2022-01-01").queryParam("to", "2022-02-01")
                .get("/api/v1/kpis").then().statusCode(403).contentType("application/problem+json");
        // behind the gateway, the service checks the scope too: a unit identity (signed as the gateway signs) and a sibling
        java.net.URI kpi = RunningSuite.service(SuiteService.KPI);
        for (String unit : List.of(sibling, own)) {
            String pathAndQuery = "/api/v1/kpis?unit=" + unit + "&from=2022-01-01&to=2022-02-01";
            String identity = IdentitySignature.sign(new Caller("e2e", "unit", own), new SignedRequest("kpi", "GET", pathAndQuery, null),
                    Instant.now(), RunningSuite.get().devKeys().identitySecret());
            var answer = given().urlEncodingEnabled(false).header(IdentitySignature.HEADER, identity).get(kpi + pathAndQuery).then();
            if (unit.equals(own)) {
                answer.statusCode(200);
            } else {
                answer.statusCode(403).body("violations.field", hasItem("unit"));
            }
        }
        given().header("X-API-Key", unitKey).get("/api/v1/dossiers/D-own-" + run).then().statusCode(200).body("unitCode", equalTo(own));
        given().header("X-API-Key", unitKey).get("/api/v1/dossiers/D-other-" + run).then().statusCode(404)
                .body("detail", equalTo("Dossier D-other-" + run + " is not known"));
        given().get("/api/v1/dossiers/D-other-" + run).then().statusCode(200);

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> given().contentType(ContentType.JSON)
                .body(Map.of("unitCode", own, "from", "2022-01-01", "to", "2022-02-01", "total", 3))
                .header("X-API-Key", unitKey).post("/api/v1/dossier-totals").statusCode() == 202);
        given().header("X-API-Key", unitKey).contentType(ContentType.JSON)
                .body(Map.of("unitCode", sibling, "from", "2022-01-01", "to", "2022-02-01", "total", 3))
                .post("/api/v1/dossier-totals").then().statusCode(403).body("violations.field", hasItem("unitCode"));
        given().header("X-API-Key", unitKey).contentType(ContentType.JSON).body(List.of(Map.of("name", "x", "tier", "DISTRICT",
                "code", "X-" + run))).put("/api/v1/units").then().statusCode(403);
    }

    @Test
    void aServiceReachedAroundTheGatewayServesNobody() {
        java.net.URI dossier = RunningSuite.service(SuiteService.DOSSIER);
        String dossierService = dossier.getScheme() + "://" + dossier.getHost();
        given().baseUri(dossierService).port(dossier.getPort()).header("X-API-Key", RunningSuite.key("ops")).get("/api/v1/units").then().statusCode(401)
                .contentType("application/problem+json");
        String forged = IdentitySignature.sign(new Caller("someone", "ops", null),
                new SignedRequest("dossier", "GET", "/api/v1/units", null), Instant.now(), "not-the-secret");
        given().baseUri(dossierService).port(dossier.getPort()).header(IdentitySignature.HEADER, forged).get("/api/v1/units").then().statusCode(401);
        given().baseUri(dossierService).port(dossier.getPort()).get("/q/health/ready").then().statusCode(200);
    }

    private Map<String, Object> event(String name, String unit, String at, String due) {
        return Map.of("eventId", name + "-" + run, "dossierId", "D-" + name + "-" + run, "status", "RECEIVED", "occurredAt", at,
                "unitCode", unit, "serviceCode", service, "channel", "ONLINE", "dueAt", due);
    }
}
