package vn.dvc.dossier.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.dvc.commons.testing.TopicReader;

/** Units and services through the real service, database and topic. */
@QuarkusTest
class ReferenceDataResourceTest {

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Inject
    EntityManager entityManager;

    private String code(String name) {
        return name + "-" + run;
    }

    private String units(String... unitJson) {
        return "[" + String.join(",", unitJson) + "]";
    }

    private String unit(String code, String tier, String parent) {
        return "{\"code\":\"" + code + "\",\"name\":\"Đơn vị " + code + "\",\"tier\":\"" + tier + "\""
                + (parent == null ? "" : ",\"parentCode\":\"" + parent + "\"") + "}";
    }

    private long storedUnits(String code) {
        return (Long) entityManager.createQuery("select count(u) from Unit u where u.code = :code")
                .setParameter("code", code).getSingleResult();
    }

    @Test
    void upsertsATreeAndAnnouncesEachChangedUnitOnCatalogEvents() {
        try (TopicReader catalog = new TopicReader("catalog-events")) {
            given().contentType(ContentType.JSON)
                    .body(units(unit(code("X"), "COMMUNE", code("P")), unit(code("P"), "PROVINCE", null)))
                    .put("/api/v1/units")
                    .then().statusCode(200).body("created", equalTo(2)).body("updated", equalTo(0));
            given().contentType(ContentType.JSON)
                    .body(units(unit(code("X"), "COMMUNE", code("P")), unit(code("P"), "PROVINCE", null)))
                    .put("/api/v1/units")
                    .then().statusCode(200).body("created", equalTo(0)).body("unchanged", equalTo(2));

            given().get("/api/v1/units/" + code("X")).then().statusCode(200)
                    .body("parentCode", equalTo(code("P"))).body("name", equalTo("Đơn vị " + code("X")));
            given().queryParam("parent", code("P")).get("/api/v1/units").then().statusCode(200)
                    .body("code", hasItem(code("X"))).body("$", hasSize(1));

            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                    assertThat(catalog.records()).extracting(r -> r.key())
                            .containsSubsequence("unit/" + code("P"), "unit/" + code("X"))
                            .filteredOn(key -> key.endsWith(run)).hasSize(2));
        }
    }

    @Test
    void aCycleRefusesTheWholeRequestAndStoresNothing() {
        given().contentType(ContentType.JSON).body(units(unit(code("R"), "PROVINCE", null), unit(code("D"), "DISTRICT", code("R"))))
                .put("/api/v1/units").then().statusCode(200);

        given().contentType(ContentType.JSON)
                .body(units(unit(code("NEW"), "COMMUNE", code("D")), unit(code("R"), "PROVINCE", code("D"))))
                .put("/api/v1/units")
                .then().statusCode(422).contentType("application/problem+json")
                .body("violations[0].field", equalTo("[1].parentCode"))
                .body("violations[0].message", equalTo("unit " + code("R") + " under " + code("D") + " would make a cycle in the unit tree"));

        assertThat(storedUnits(code("NEW"))).isZero();
        given().get("/api/v1/units/" + code("R")).then().body("parentCode", equalTo(null));
    }

    @Test
    void malformedUnitsAreRefusedNamingTheField() {
        given().contentType(ContentType.JSON).body("[{\"code\":\"" + code("Q") + "\",\"tier\":\"PROVINCE\"}]")
                .put("/api/v1/units")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("[0].name"));
        given().contentType(ContentType.JSON).body("[{\"code\":\"" + code("Q") + "\",\"name\":\"q\",\"tier\":\"HAMLET\"}]")
                .put("/api/v1/units")
                .then().statusCode(400).body("violations[0].field", equalTo("[0].tier"));
        given().contentType(ContentType.JSON).body("[" + unit(code("Q"), "COMMUNE", "NO-SUCH-PARENT") + "]")
                .put("/api/v1/units")
                .then().statusCode(422).body("violations[0].field", equalTo("[0].parentCode"));
        given().get("/api/v1/units/" + code("Q")).then().statusCode(404).contentType("application/problem+json");
        assertThat(storedUnits(code("Q"))).isZero();
    }

    @Test
    void servicesKeepTheirOfferingsPerTierWithLevelsMappedToModes() {
        given().contentType(ContentType.JSON).body(units(unit(code("S"), "PROVINCE", null), unit(code("DEP"), "DEPARTMENT", code("S"))))
                .put("/api/v1/units").then().statusCode(200);
        String service = "{\"code\":\"" + code("1.0042") + "\",\"name\":\"Cấp phiếu lý lịch tư pháp\",\"field\":\"Tư pháp\","
                + "\"feeBearing\":true,\"offerings\":[{\"tier\":\"PROVINCE\",\"level\":4,\"ownerUnitCode\":\"" + code("DEP")
                + "\"},{\"tier\":\"DISTRICT\",\"onlineMode\":\"PARTIAL\"}]}";

        given().contentType(ContentType.JSON).body("[" + service + "]").put("/api/v1/services")
                .then().statusCode(200).body("created", equalTo(1));

        given().get("/api/v1/services/" + code("1.0042")).then().statusCode(200)
                .body("name", equalTo("Cấp phiếu lý lịch tư pháp"))
                .body("offerings.find { it.tier == 'PROVINCE' }.onlineMode", equalTo("FULL"))
                .body("offerings.find { it.tier == 'DISTRICT' }.onlineMode", equalTo("PARTIAL"));
    }

    @Test
    void aServiceWhoseLevelAndModeDisagreeIsRefused() {
        String service = "{\"code\":\"" + code("2.0001") + "\",\"name\":\"x\",\"field\":\"Đất đai\",\"feeBearing\":false,"
                + "\"offerings\":[{\"tier\":\"COMMUNE\",\"level\":3,\"onlineMode\":\"FULL\"}]}";

        given().contentType(ContentType.JSON).body("[" + service + "]").put("/api/v1/services")
                .then().statusCode(422).body("violations[0].field", equalTo("[0].offerings[0].onlineMode"));
        given().get("/api/v1/services/" + code("2.0001")).then().statusCode(404);
    }

    @Test
    void aProvinceWithoutDistrictTierHasItsCommunesDirectlyUnderItAndItsSubtreeListsParentsFirst() {
        given().contentType(ContentType.JSON).body(units(unit(code("XA2"), "COMMUNE", code("T")),
                        unit(code("T"), "PROVINCE", null), unit(code("XA1"), "COMMUNE", code("T")),
                        unit(code("SO"), "DEPARTMENT", code("T")), unit(code("CN"), "DEPARTMENT", code("SO"))))
                .put("/api/v1/units").then().statusCode(200).body("created", equalTo(5));

        given().get("/api/v1/units/" + code("T") + "/subtree").then().statusCode(200)
                .body("code", contains(code("T"), code("SO"), code("XA1"), code("XA2"), code("CN")));
        given().get("/api/v1/units/" + code("SO") + "/subtree").then().statusCode(200)
                .body("code", contains(code("SO"), code("CN")));
        given().get("/api/v1/units/NO-SUCH-" + run + "/subtree").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void thePlansWholeCatalogueGoesInOneRequestAndCanBeSearched() {
        StringBuilder catalogue = new StringBuilder("[");
        for (int i = 0; i < 1_784; i++) {
            String tier = i < 1_446 ? "PROVINCE" : i < 1_690 ? "DISTRICT" : "COMMUNE";
            int level = 1 + i % 4;
            catalogue.append(i == 0 ? "" : ",").append("{\"code\":\"").append(code("C" + i))
                    .append("\",\"name\":\"Thủ tục số ").append(i).append("\",\"field\":\"")
                    .append(i % 2 == 0 ? "Đất đai" : "Hộ tịch").append("-").append(run)
                    .append("\",\"feeBearing\":").append(i % 3 == 0)
                    .append(",\"offerings\":[{\"tier\":\"").append(tier).append("\",\"level\":").append(level).append("}]}");
        }
        catalogue.append("]");

        given().contentType(ContentType.JSON).body(catalogue.toString()).put("/api/v1/services")
                .then().statusCode(200).body("created", equalTo(1_784));

        given().queryParam("field", "Đất đai-" + run).queryParam("tier", "district").queryParam("onlineMode", "PARTIAL")
                .get("/api/v1/services").then().statusCode(200)
                .body("$", hasSize(61))
                .body("offerings.flatten().onlineMode", everyItem(equalTo("PARTIAL")));
        given().queryParam("tier", "HAMLET").get("/api/v1/services").then().statusCode(400)
                .body("violations[0].field", equalTo("tier"));
    }
}
