package vn.dvc.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static vn.dvc.e2e.PortalEvents.at;
import static vn.dvc.e2e.PortalEvents.event;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two provinces in one suite, each with its own catalogue (docs/counting-rules.md, "Uptake scope"): a service offered
 * by one province only counts in that province's indicator 1, one offered by every province in both; a key scoped to
 * one province reads nothing of the other.
 */
class ProvincesThroughGatewayTest {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
    private static final String NORTH = "PN" + RUN;
    private static final String SOUTH = "PS" + RUN;
    private static final String NORTH_DISTRICT = NORTH + ".H01";
    private static final String SOUTH_DISTRICT = SOUTH + ".H01";
    private static final String NORTH_ONLY = "TT.PN" + RUN;
    private static final String SOUTH_ONLY = "TT.PS" + RUN;
    private static final String EVERY_PROVINCE = "TT.PE" + RUN;
    private static final String FROM = "2022-06-01";
    private static final String TO = "2022-07-01";

    @BeforeAll
    static void twoProvincesWithTheirOwnCatalogues() {
        RunningSuite.gateway();
        given().contentType(ContentType.JSON).body(List.of(
                Map.of("code", NORTH, "name", "Tỉnh Bắc " + RUN, "tier", "PROVINCE"),
                Map.of("code", NORTH_DISTRICT, "name", "Huyện Bắc", "tier", "DISTRICT", "parentCode", NORTH),
                Map.of("code", SOUTH, "name", "Tỉnh Nam " + RUN, "tier", "PROVINCE"),
                Map.of("code", SOUTH_DISTRICT, "name", "Huyện Nam", "tier", "DISTRICT", "parentCode", SOUTH)))
                .put("/api/v1/units").then().statusCode(200);
        given().contentType(ContentType.JSON).body(List.of(
                        service(NORTH_ONLY, "Cấp giấy phép xây dựng", Map.of("tier", "DISTRICT", "onlineMode", "FULL", "province", NORTH)),
                        service(SOUTH_ONLY, "Đăng ký kinh doanh hộ", Map.of("tier", "DISTRICT", "onlineMode", "PARTIAL", "province", SOUTH)),
                        service(EVERY_PROVINCE, "Chứng thực bản sao", Map.of("tier", "DISTRICT", "onlineMode", "FULL"))))
                .put("/api/v1/services").then().statusCode(200);
        given().header("X-API-Key", RunningSuite.key("portal")).contentType(ContentType.JSON).body(List.of(
                        received("n1", NORTH_DISTRICT, NORTH_ONLY, LocalDateTime.of(2022, 6, 2, 8, 0)),
                        received("s1", SOUTH_DISTRICT, SOUTH_ONLY, LocalDateTime.of(2022, 6, 3, 8, 0)),
                        received("s2", SOUTH_DISTRICT, EVERY_PROVINCE, LocalDateTime.of(2022, 6, 4, 8, 0))))
                .post("/api/v1/dossier-events/batch").then().statusCode(202);
    }

    @Test
    void eachProvincesIndicatorOneCountsItsOwnOfferingsAndThoseOfEveryProvince() {
        Awaitility.await().atMost(Duration.ofSeconds(60)).ignoreExceptions().untilAsserted(() -> {
            assertThat(uptake(NORTH).getLong("numerator")).isEqualTo(1);
            assertThat(uptake(SOUTH).getLong("numerator")).isEqualTo(2);
        });
        // Each province's district tier: every province's offerings there, plus its own one.
        assertThat(uptake(NORTH).getLong("denominator")).isEqualTo(uptake(SOUTH).getLong("denominator"));

        List<String> northUnused = unused(NORTH);
        assertThat(northUnused).contains(EVERY_PROVINCE).doesNotContain(NORTH_ONLY, SOUTH_ONLY);
        List<String> southUnused = unused(SOUTH);
        assertThat(southUnused).doesNotContain(NORTH_ONLY, SOUTH_ONLY, EVERY_PROVINCE);

        JsonPath service = given().get("/api/v1/services/" + NORTH_ONLY).then().statusCode(200).extract().jsonPath();
        assertThat(service.getString("offerings[0].province")).isEqualTo(NORTH);
        assertThat(given().get("/api/v1/services/" + EVERY_PROVINCE).then().statusCode(200).extract().jsonPath()
                .getString("offerings[0].province")).isNull();
    }

    @Test
    void aServiceCanOnlyBeOfferedByAProvinceThatIsARootUnit() {
        given().contentType(ContentType.JSON).body(List.of(service(NORTH_ONLY, "Cấp giấy phép xây dựng",
                        Map.of("tier", "DISTRICT", "onlineMode", "FULL", "province", NORTH_DISTRICT))))
                .put("/api/v1/services").then().statusCode(422)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("[0].offerings[0].province"));
        assertThat(given().get("/api/v1/services/" + NORTH_ONLY).then().statusCode(200).extract().jsonPath()
                .getString("offerings[0].province")).as("nothing stored").isEqualTo(NORTH);
    }

    @Test
    void aKeyScopedToOneProvinceReadsNothingOfTheOther() {
        String northKey = given().contentType(ContentType.JSON).body(Map.of("name", "UBND " + NORTH, "role", "unit", "unitCode", NORTH))
                .post("/api/v1/api-keys").then().statusCode(201).extract().jsonPath().getString("token");
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> asKey(northKey, NORTH_DISTRICT).statusCode() == 200);

        for (String other : List.of(SOUTH, SOUTH_DISTRICT)) {
            asKey(northKey, other).then().statusCode(403).contentType("application/problem+json");
        }
        given().header("X-API-Key", northKey).queryParam("from", FROM).queryParam("to", TO).get("/api/v1/kpis")
                .then().statusCode(403);
        given().header("X-API-Key", northKey).queryParam("unit", SOUTH).queryParam("from", FROM).queryParam("to", TO)
                .get("/api/v1/kpis/unused-offerings").then().statusCode(403);
        given().header("X-API-Key", northKey).queryParam("unit", NORTH).queryParam("from", FROM).queryParam("to", TO)
                .get("/api/v1/kpis/unused-offerings").then().statusCode(200);
    }

    @Test
    void aProvincesBulletinNamesOnlyItsOwnUnits() {
        Awaitility.await().atMost(Duration.ofSeconds(60)).ignoreExceptions().untilAsserted(() ->
                assertThat(uptake(NORTH).getLong("numerator")).isEqualTo(1));
        // reporting-service learns units from catalog-events on its own: a province it has not applied yet is a 422.
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() ->
                given().queryParam("province", NORTH).get("/api/v1/bulletins/latest").statusCode() == 404);
        JsonPath bulletin = given().queryParam("province", NORTH).post("/api/v1/bulletins").then().statusCode(201)
                .extract().jsonPath();

        assertThat(bulletin.getString("province")).isEqualTo(NORTH);
        List<String> units = bulletin.getList("sections.units.flatten().unitCode", String.class);
        assertThat(units).contains(NORTH_DISTRICT).allMatch(unit -> unit.startsWith(NORTH));
        assertThat(given().queryParam("province", NORTH).get("/api/v1/bulletins/latest").then().statusCode(200)
                .extract().jsonPath().getLong("id")).isEqualTo(bulletin.getLong("id"));

        given().queryParam("province", NORTH_DISTRICT).post("/api/v1/bulletins").then().statusCode(422)
                .contentType("application/problem+json").body("violations[0].field", equalTo("province"));
        given().queryParam("province", NORTH_DISTRICT).get("/api/v1/bulletins/latest").then().statusCode(422);
    }

    private static Response asKey(String key, String unit) {
        return given().header("X-API-Key", key).queryParam("unit", unit).queryParam("from", FROM).queryParam("to", TO)
                .get("/api/v1/kpis");
    }

    private static JsonPath uptake(String province) {
        JsonPath kpis = given().queryParam("unit", province).queryParam("from", FROM).queryParam("to", TO)
                .queryParam("indicator", "ONLINE_SERVICE_UPTAKE").get("/api/v1/kpis").then().statusCode(200).extract().jsonPath();
        return new JsonPath(kpis.prettify()).setRootPath("indicators[0]");
    }

    /** Every page of the province's unused offerings (other tests' services are in the catalogue too). */
    private static List<String> unused(String province) {
        List<String> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            List<String> items = given().queryParam("unit", province).queryParam("from", FROM).queryParam("to", TO)
                    .queryParam("size", 1000).queryParam("page", page).get("/api/v1/kpis/unused-offerings").then()
                    .statusCode(200).extract().jsonPath().getList("items.serviceCode", String.class);
            all.addAll(items);
            if (items.size() < 1000) {
                return all;
            }
        }
    }

    private static Map<String, Object> service(String code, String name, Map<String, Object> offering) {
        return Map.of("code", code, "name", name, "field", "Thử nghiệm", "feeBearing", false, "offerings", List.of(offering));
    }

    private static Map<String, Object> received(String dossier, String unit, String service, LocalDateTime time) {
        return event(RUN + "-" + dossier, "1", "RECEIVED", time, Map.of("unitCode", unit, "serviceCode", service,
                "channel", "ONLINE", "dueAt", at(time.plusDays(10)), "inputsDigitised", false, "feeRequired", false));
    }
}
