package vn.dvc.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dvc.launcher.SuiteService;

/** The gateway's /q/openapi lists every path every back service serves, under the service's own tags. */
class MergedOpenApiTest {

    private final ObjectMapper json = new ObjectMapper();

    private JsonNode document(String url) throws Exception {
        return json.readTree(given().get(url).then().statusCode(200).extract().asString());
    }

    @Test
    void everyBackServicePathAppearsUnderItsTag() throws Exception {
        JsonNode merged = document(RunningSuite.gateway() + "/q/openapi");
        List<String> checked = new ArrayList<>();

        for (SuiteService service : SuiteService.backServices()) {
            JsonNode own = document(RunningSuite.service(service) + "/q/openapi?format=json");
            own.path("paths").properties().forEach(path -> {
                assertThat(merged.path("paths").has(path.getKey())).as(service + " path " + path.getKey()).isTrue();
                path.getValue().properties().forEach(operation -> assertThat(
                        merged.path("paths").path(path.getKey()).path(operation.getKey()).path("tags"))
                        .as(operation.getKey() + " " + path.getKey())
                        .isEqualTo(operation.getValue().path("tags")));
                checked.add(path.getKey());
            });
        }

        assertThat(checked).contains("/api/v1/units", "/api/v1/services", "/api/v1/dossier-events", "/api/v1/kpis");
        assertThat(merged.path("tags").findValuesAsText("name")).contains("Units", "Services", "Dossier events", "Indicators");
        assertThat(merged.at("/info/description").asText()).doesNotContain("Not reachable");
        List<String> operationIds = merged.findValuesAsText("operationId");
        assertThat(operationIds).as("unique operation ids").doesNotHaveDuplicates().hasSizeGreaterThan(40);
        assertThat(merged.at("/servers/0/url").asText()).isEqualTo("/");
    }
}
