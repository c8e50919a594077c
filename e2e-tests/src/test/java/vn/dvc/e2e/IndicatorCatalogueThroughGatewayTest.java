package vn.dvc.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The indicator catalogue (GET /indicators, docs/architecture.md "Adding an indicator"): every indicator an endpoint
 * serves is in it with both its names, and the OpenAPI's allowed codes are the catalogue's.
 */
class IndicatorCatalogueThroughGatewayTest {

    private static List<Map<String, Object>> catalogue;

    @BeforeAll
    static void readTheCatalogue() {
        RunningSuite.gateway();
        catalogue = given().header("X-API-Key", RunningSuite.key("portal")).get("/api/v1/indicators")
                .then().statusCode(200).extract().jsonPath().getList("$");
    }

    private static List<String> codes() {
        return catalogue.stream().map(entry -> (String) entry.get("code")).toList();
    }

    @Test
    void everyIndicatorTheFiguresCarryIsInTheCatalogueWithBothNames() {
        JsonPath figures = given().queryParam("from", "2022-06-01").queryParam("to", "2022-09-01").get("/api/v1/kpis")
                .then().statusCode(200).extract().jsonPath();
        List<String> served = figures.getList("indicators.code", String.class);
        List<String> computedFromRows = catalogue.stream().filter(entry -> "/api/v1/kpis".equals(entry.get("servedAt")))
                .map(entry -> (String) entry.get("code")).toList();
        assertThat(served).as("/kpis serves exactly the catalogue's computed indicators, in its order").isEqualTo(computedFromRows);
        assertThat(codes()).contains("ONLINE_ONLY_COMPLIANCE");
        assertThat(catalogue).allSatisfy(entry -> {
            assertThat((String) entry.get("nameVi")).as("%s", entry).isNotBlank();
            assertThat((String) entry.get("nameEn")).as("%s", entry).isNotBlank();
            assertThat(entry.get("rulesVersion")).isEqualTo(figures.getString("rulesVersion"));
        });
        for (Map<String, Object> figure : figures.<Map<String, Object>>getList("indicators")) {
            Map<String, Object> entry = catalogue.get(codes().indexOf((String) figure.get("code")));
            assertThat(figure.get("kind")).as("%s", figure).isEqualTo("PERCENT".equals(entry.get("unit")) ? "RATIO" : "COUNT");
            assertThat(figure.get("target") == null ? null : String.valueOf(figure.get("target")))
                    .as("the default target of %s", entry.get("code"))
                    .isEqualTo(entry.get("defaultTarget") == null ? null : String.valueOf(entry.get("defaultTarget")));
        }
    }

    @Test
    void thePlansFiveTargetsAreMarkedAndOneIndicatorReadsAlone() {
        assertThat(catalogue.stream().filter(entry -> Boolean.TRUE.equals(entry.get("planTarget"))).map(entry -> entry.get("code")))
                .containsExactly("ONLINE_SERVICE_UPTAKE", "ONLINE_DOSSIER_SHARE", "INPUT_DIGITISATION", "ON_TIME_RESOLUTION",
                        "ONLINE_REPORTING");
        given().get("/api/v1/indicators/LATE_RESOLUTION").then().statusCode(200)
                .body("direction", equalTo("LOWER")).body("nameVi", equalTo("Tỷ lệ hồ sơ giải quyết quá hạn"));
        given().get("/api/v1/indicators/NO_SUCH_INDICATOR").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void theOpenApiAllowsExactlyTheCataloguesCodesForAnIndicatorParameter() {
        JsonPath document = given().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        List<String> computed = catalogue.stream().filter(entry -> "/api/v1/kpis".equals(entry.get("servedAt")))
                .map(entry -> (String) entry.get("code")).toList();
        assertThat(document.getList("paths.'/api/v1/kpis'.get.parameters.find { it.name == 'indicator' }.schema.items.enum", String.class))
                .isEqualTo(computed);
        assertThat(document.getList("paths.'/api/v1/kpis/ranking'.get.parameters.find { it.name == 'indicator' }.schema.enum", String.class))
                .isEqualTo(computed);
    }
}
