package vn.dvc.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Idempotency-Key on a POST with no natural id (a bulletin: each one made gets a new id), with the real services: the
 * same key and request return the first answer, another request under the key is 422, and while the first is still
 * being made the same key is 409.
 */
class IdempotencyThroughGatewayTest {

    @BeforeAll
    static void suite() {
        RestAssured.baseURI = RunningSuite.gateway().toString();
        RestAssured.port = RunningSuite.gateway().getPort();
    }

    @Test
    void aRetryWithTheSameKeyGetsTheFirstAnswer() throws Exception {
        String key = "bulletin-" + UUID.randomUUID();
        CompletableFuture<HttpResponse<String>> first = HttpClient.newHttpClient().sendAsync(HttpRequest.newBuilder(
                        URI.create(RunningSuite.gateway() + "/api/v1/bulletins")).header("X-API-Key", RunningSuite.key("ops"))
                .header("Idempotency-Key", key).POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        Response concurrent = given().header("Idempotency-Key", key).post("/api/v1/bulletins");
        HttpResponse<String> other = first.get();
        // two requests with one key at once: one is handled, the other meets it in flight (whichever came second)
        assertThat(List.of(concurrent.statusCode(), other.statusCode())).containsExactlyInAnyOrder(201, 409);
        String made = concurrent.statusCode() == 201 ? concurrent.asString() : other.body();
        long id = io.restassured.path.json.JsonPath.from(made).getLong("id");

        Response retried = given().header("Idempotency-Key", key).post("/api/v1/bulletins");
        assertThat(retried.statusCode()).isEqualTo(201);
        assertThat(retried.jsonPath().getLong("id")).isEqualTo(id);
        assertThat(retried.header("Idempotent-Replayed")).isEqualTo("true");

        given().header("Idempotency-Key", key).queryParam("other", "request").post("/api/v1/bulletins").then().statusCode(422)
                .body("detail", equalTo("This Idempotency-Key was used for another request"));
        long another = given().header("Idempotency-Key", "bulletin-" + UUID.randomUUID()).post("/api/v1/bulletins").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        assertThat(another).isNotEqualTo(id);
    }
}
