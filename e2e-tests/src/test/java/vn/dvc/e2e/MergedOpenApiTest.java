package vn.dvc.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dvc.launcher.LauncherSettings;
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

    /** Redocly's recommended rules ask these of every operation; CI has no npm, so they are checked here too. */
    @Test
    void everyOperationDocumentsItsSuccessAndItsProblems() throws Exception {
        JsonNode merged = document(RunningSuite.gateway() + "/q/openapi");
        List<String> operations = new ArrayList<>();

        merged.path("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            String name = operation.getKey().toUpperCase() + " " + path.getKey();
            List<String> statuses = new ArrayList<>();
            operation.getValue().path("responses").fieldNames().forEachRemaining(statuses::add);
            assertThat(statuses).as(name).anyMatch(status -> status.startsWith("2")).anyMatch(status -> status.startsWith("4"));
            assertThat(operation.getValue().path("operationId").asText()).as(name).isNotBlank();
            operations.add(name);
        }));

        assertThat(operations).hasSizeGreaterThan(45);
        assertThat(merged.at("/paths/~1api~1v1~1dossier-events/post/responses/422/content/application~1problem+json/schema/$ref")
                .asText()).isEqualTo("#/components/schemas/Problem");
        assertThat(merged.at("/paths/~1api~1v1~1kpis/get/responses/401/$ref").asText())
                .isEqualTo("#/components/responses/Unauthenticated");
    }

    /**
     * docs/openapi.json — what the generated client of GeneratedClientSliceTest is built from, and what an integrator
     * reads without a running suite — is the document the gateway serves. When an endpoint changes, refresh it from the
     * copy this test leaves in e2e-tests/target/openapi.json.
     */
    @Test
    void docsOpenApiIsTheServedDocument() throws Exception {
        JsonNode merged = document(RunningSuite.gateway() + "/q/openapi");
        Path root = LauncherSettings.findProjectRoot(Path.of(System.getProperty("suite.root", "..")));
        Path served = Path.of("target", "openapi.json");
        Files.createDirectories(served.getParent());
        Files.writeString(served, json.writerWithDefaultPrettyPrinter().writeValueAsString(merged), StandardCharsets.UTF_8);

        JsonNode committed = json.readTree(Files.readString(root.resolve("docs/openapi.json"), StandardCharsets.UTF_8));

        assertThat(committed).as("docs/openapi.json differs from the served document: cp e2e-tests/target/openapi.json docs/openapi.json")
                .isEqualTo(merged);
    }
}
