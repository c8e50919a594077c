package vn.dvc.gateway.proxy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import vn.dvc.gateway.security.TestKeys;

/** The gateway on its own, with every back service unreachable (%test profile). */
@QuarkusTest
class GatewayTest {

    @Test
    void anUnreachableServiceIsA503ProblemCarryingTheRequestId() {
        given().header("X-Request-Id", "test-503").header("X-API-Key", TestKeys.OPS).contentType(ContentType.JSON).body("[]")
                .put("/api/v1/units")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .header("X-Request-Id", "test-503")
                .header("Retry-After", "5")
                .body("status", equalTo(503))
                .body("detail", equalTo("dossier is not reachable; retry later"));
    }

    @Test
    void aPathOutsideTheApiVersionIsA404ProblemWithAGeneratedRequestId() {
        given().get("/api/v2/no-such-thing")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .header("X-Request-Id", notNullValue())
                .body("instance", equalTo("/api/v2/no-such-thing"));
    }

    @Test
    void anUnsafeRequestIdIsReplaced() {
        given().header("X-Request-Id", "evil\tvalue").get("/api/v2/no-such-thing")
                .then().statusCode(404).header("X-Request-Id", org.hamcrest.Matchers.not(containsString("evil")));
    }

    @Test
    void theMergedOpenApiIsServedEvenWhenNoServiceAnswers() {
        given().get("/q/openapi")
                .then().statusCode(200)
                .body("info.title", equalTo("DVC campaign suite API"))
                .body("info.description", containsString("Not reachable now"))
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/api-keys"))
                .body("components.securitySchemes.apiKey.name", equalTo("X-API-Key"));
    }

    @Test
    void anyOtherUnknownPathIsAProblemTooWhileSwaggerUiStillServes() {
        given().get("/no/such/page").then().statusCode(404).contentType("application/problem+json")
                .body("instance", equalTo("/no/such/page"));
        given().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void healthIsOpenAndMetricsAreOnlyOnTheManagementInterface() {
        given().get("/q/health/live").then().statusCode(200);
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(404);
        // the management interface, on loopback (port 9001 in tests, 9000 plus the launcher's offset otherwise)
        given().baseUri("http://127.0.0.1").port(9001).get("/q/metrics").then().statusCode(200)
                .body(containsString("jvm_memory_used_bytes"));
    }
}
