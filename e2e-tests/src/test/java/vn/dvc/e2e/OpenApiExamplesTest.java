package vn.dvc.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Swagger UI's "Try it out" as shipped: every request example of the merged document, sent as it stands through the
 * gateway, is answered as documented — an example named {@code …-refused} with one of its operation's documented
 * problems, every other with a documented success (after the consuming services learnt the example units, which
 * arrive on catalog-events), a batch named {@code …-rejected} with exactly one item rejected and every other batch with
 * none. The reference data goes first, as a user would send it.
 */
class OpenApiExamplesTest {

    private static final List<String> FIRST = List.of("/api/v1/units", "/api/v1/services");
    private static final Map<String, String> PATH_VALUES = Map.of("{id}", "KH-VI-DU", "{unitCode}", "BP.SO-TTTT");

    private final ObjectMapper json = new ObjectMapper();

    private record Example(String method, String path, String name, JsonNode value, JsonNode responses) {

        boolean refused() {
            return name.endsWith("-refused");
        }

        String target() {
            String target = path;
            for (Map.Entry<String, String> value : PATH_VALUES.entrySet()) {
                target = target.replace(value.getKey(), value.getValue());
            }
            return target;
        }
    }

    @Test
    void everyRequestExampleIsAnsweredAsDocumented() throws Exception {
        JsonNode document = json.readTree(given().get(RunningSuite.gateway() + "/q/openapi").then().statusCode(200)
                .extract().asString());
        List<Example> examples = requestExamples(document);
        assertThat(examples).extracting(Example::name)
                .contains("received-online", "received-dvcqg-codes", "unknown-unit-refused", "one-good-one-rejected");

        for (Example example : examples) {
            if (example.refused()) {
                int status = send(example).statusCode();
                assertThat(status).as(example.method() + " " + example.path() + " " + example.name()).isBetween(400, 499);
                assertThat(example.responses().has(String.valueOf(status))).as("documented " + status).isTrue();
            } else {
                Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                    Response answer = send(example);
                    assertThat(answer.statusCode()).as(example.method() + " " + example.path() + " " + example.name()
                            + ": " + answer.asString()).isBetween(200, 299);
                    assertThat(example.responses().has(String.valueOf(answer.statusCode()))).isTrue();
                    assertRejectedItemsAsDocumented(example, answer);
                });
            }
        }
    }

    /** A batch answer rejects the items its documented example rejects, and only those. */
    private void assertRejectedItemsAsDocumented(Example example, Response answer) throws Exception {
        if (!example.value().isArray() || !answer.contentType().startsWith("application/json")) {
            return;
        }
        JsonNode items = json.readTree(answer.asString());
        if (!items.isArray()) {
            return;
        }
        assertThat(items).hasSize(example.value().size());
        int rejected = 0;
        for (JsonNode item : items) {
            rejected += "REJECTED".equals(item.path("outcome").asText()) ? 1 : 0;
        }
        assertThat(rejected).as(example.name()).isEqualTo(example.name().endsWith("-rejected") ? 1 : 0);
    }

    private Response send(Example example) {
        return given().contentType(ContentType.JSON).body(example.value().toString())
                .request(example.method(), example.target()).then().extract().response();
    }

    private static List<Example> requestExamples(JsonNode document) {
        List<Example> examples = new ArrayList<>();
        document.path("paths").properties().forEach(path -> path.getValue().properties().forEach(operation ->
                operation.getValue().at("/requestBody/content").forEach(media -> media.path("examples").properties()
                        .forEach(example -> examples.add(new Example(operation.getKey().toUpperCase(), path.getKey(),
                                example.getKey(), example.getValue().path("value"),
                                operation.getValue().path("responses")))))));
        examples.sort(Comparator.comparingInt(example -> FIRST.contains(example.path())
                ? FIRST.indexOf(example.path()) : FIRST.size()));
        return examples;
    }
}
