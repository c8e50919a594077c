package vn.dvc.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two gateway instances on one database (docs/security.md, "Several gateway instances"): an Idempotency-Key used on
 * one is honoured by the other, and a key made or revoked through one is known or refused by the other within the
 * key refresh (2 s).
 */
class GatewayInstancesTest {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
    private static final String PROVINCE = "GI" + RUN;
    private static URI first;
    private static URI second;

    @BeforeAll
    static void twoGateways() {
        first = RunningSuite.gateway();
        second = RunningSuite.secondGateway();
        given().contentType(ContentType.JSON).body(List.of(Map.of("code", PROVINCE, "name", "Tỉnh hai cổng " + RUN,
                "tier", "PROVINCE"))).put("/api/v1/units").then().statusCode(200);
    }

    @Test
    void anIdempotencyKeyTakenOnOneInstanceIsHonouredByTheOther() {
        String key = "bulletin-" + UUID.randomUUID();
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> on(first).header("Idempotency-Key", "probe-" + UUID.randomUUID())
                .queryParam("province", PROVINCE).post("/api/v1/bulletins").statusCode() == 201);

        Response made = on(first).header("Idempotency-Key", key).queryParam("province", PROVINCE).post("/api/v1/bulletins");
        assertThat(made.statusCode()).isEqualTo(201);
        Response again = on(second).header("Idempotency-Key", key).queryParam("province", PROVINCE).post("/api/v1/bulletins");

        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.jsonPath().getLong("id")).isEqualTo(made.jsonPath().getLong("id"));
        on(second).header("Idempotency-Key", key).queryParam("province", PROVINCE).queryParam("other", "request")
                .post("/api/v1/bulletins").then().statusCode(422);
    }

    @Test
    void aKeyMadeOnOneInstanceIsKnownToTheOtherAndRefusedThereOnceRevoked() {
        var issued = on(first).contentType(ContentType.JSON).body(Map.of("name", "Bộ " + RUN, "role", "ministry"))
                .post("/api/v1/api-keys").then().statusCode(201).extract().jsonPath();
        String token = issued.getString("token");
        String id = issued.getString("key.id");
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> read(second, token) == 200);

        on(first).delete("/api/v1/api-keys/" + id).then().statusCode(204);

        assertThat(read(first, token)).as("refused at once where it was revoked").isEqualTo(401);
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> read(second, token) == 401);
    }

    private static int read(URI gateway, String token) {
        return given().baseUri(gateway.toString()).port(gateway.getPort()).header("X-API-Key", token)
                .queryParam("unit", PROVINCE).queryParam("from", "2022-06-01").queryParam("to", "2022-07-01")
                .get("/api/v1/kpis").statusCode();
    }

    private static RequestSpecification on(URI gateway) {
        return given().baseUri(gateway.toString()).port(gateway.getPort());
    }
}
