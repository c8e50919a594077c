package vn.dvc.gateway.session;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import vn.dvc.gateway.security.TestKeys;

/** Dashboard sessions at the gateway, every back service unreachable (%test): a request let through answers 503. */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SessionTest {

    private static final String READ = "/api/v1/kpis?unit=" + TestKeys.UNIT_CODE + "&from=2022-06-01&to=2022-07-01";

    private static Response signIn(String key) {
        return given().contentType(ContentType.JSON).body(Map.of("apiKey", key)).post("/api/v1/session");
    }

    @Test
    void signingInSetsAnHttpOnlyStrictCookieThatReadsAsItsKey() {
        Response signedIn = signIn(TestKeys.UNIT);
        signedIn.then().statusCode(200).body("role", equalTo("unit")).body("unitCode", equalTo(TestKeys.UNIT_CODE))
                .body("keyId", equalTo("00000000000d"));
        String setCookie = signedIn.getHeader("Set-Cookie");
        assertThat(setCookie).startsWith(SessionCookies.NAME + "=").contains("HttpOnly").contains("SameSite=Strict")
                .contains("Path=/").doesNotContain(TestKeys.UNIT).doesNotContain("unit-test-secret");
        String cookie = signedIn.getCookie(SessionCookies.NAME);

        given().cookie(SessionCookies.NAME, cookie).get("/api/v1/session").then().statusCode(200)
                .body("name", equalTo("test-unit"));
        // let through to kpi-service (unreachable here), where the key alone would go
        given().cookie(SessionCookies.NAME, cookie).get(READ).then().statusCode(503);
        given().get(READ).then().statusCode(401);
        // the unit key's subtree holds for its session too
        given().cookie(SessionCookies.NAME, cookie).get("/api/v1/kpis?unit=ELSEWHERE&from=2022-06-01&to=2022-07-01")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void aSessionOnlyReads() {
        String cookie = signIn(TestKeys.OPS).getCookie(SessionCookies.NAME);
        given().cookie(SessionCookies.NAME, cookie).contentType(ContentType.JSON).body("[]").put("/api/v1/units")
                .then().statusCode(403).body("detail", containsString("may only read"));
        given().cookie(SessionCookies.NAME, cookie).contentType(ContentType.JSON).body(Map.of("name", "x", "role", "ops"))
                .post("/api/v1/api-keys").then().statusCode(403);
        given().cookie(SessionCookies.NAME, cookie).get("/api/v1/api-keys").then().statusCode(200);
    }

    @Test
    void signingOutEndsTheSessionEvenForACopyOfItsCookie() {
        String cookie = signIn(TestKeys.MINISTRY).getCookie(SessionCookies.NAME);
        Response signedOut = given().cookie(SessionCookies.NAME, cookie).delete("/api/v1/session");
        signedOut.then().statusCode(204);
        assertThat(signedOut.getHeader("Set-Cookie")).contains("Max-Age=0");
        given().cookie(SessionCookies.NAME, cookie).get(READ).then().statusCode(401)
                .body("detail", containsString("sign in again"));
        given().cookie(SessionCookies.NAME, cookie).get("/api/v1/session").then().statusCode(401);
    }

    @Test
    void aRevokedKeyEndsItsSessions() {
        String token = given().header("X-API-Key", TestKeys.OPS).contentType(ContentType.JSON)
                .body(Map.of("name", "to revoke", "role", "ministry")).post("/api/v1/api-keys").then().statusCode(201)
                .extract().jsonPath().getString("token");
        Response signedIn = signIn(token);
        String cookie = signedIn.getCookie(SessionCookies.NAME);
        given().cookie(SessionCookies.NAME, cookie).get("/api/v1/session").then().statusCode(200);
        given().header("X-API-Key", TestKeys.OPS).delete("/api/v1/api-keys/" + signedIn.jsonPath().getString("keyId"))
                .then().statusCode(204);
        given().cookie(SessionCookies.NAME, cookie).get("/api/v1/session").then().statusCode(401);
        given().cookie(SessionCookies.NAME, cookie).get("/api/v1/kpis?unit=X&from=2022-06-01&to=2022-07-01").then().statusCode(401);
    }

    @Test
    void badSignInsAreProblemsNamingWhatIsWrong() {
        given().contentType(ContentType.JSON).body("{}").post("/api/v1/session").then().statusCode(400)
                .contentType("application/problem+json").body(containsString("apiKey"));
        signIn("dvc_00000000000d_not-the-secret-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx").then().statusCode(401)
                .contentType("application/problem+json");
        // a key is never taken from a URL
        given().queryParam("apiKey", TestKeys.OPS).get(READ).then().statusCode(401);
        given().cookie(SessionCookies.NAME, "00000000000c.AAAAAAAAAAAAAAAAAAAAAA.9999999999.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")
                .get(READ).then().statusCode(401);
    }

    @Test
    void theKeyAndTheCookieNeverReachTheLog() throws Exception {
        String cookie = signIn(TestKeys.PORTAL).getCookie(SessionCookies.NAME);
        given().cookie(SessionCookies.NAME, cookie).get(READ);
        String log = Files.readString(Path.of("target/gateway-test.log"));
        assertThat(log).doesNotContain(TestKeys.PORTAL).doesNotContain(cookie);
    }

    @Test
    @Order(Integer.MAX_VALUE) // last: it leaves this address locked out of sign-in for a minute
    void tenFailedSignInsAMinuteLockTheAddressOutWhileGoodOnesAreNotCounted() {
        for (int i = 0; i < 12; i++) {
            signIn(TestKeys.OPS).then().statusCode(200);
        }
        int failures = 0;
        while (signIn("dvc_00000000000c_wrong-secret-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx").statusCode() == 401) {
            failures++;
            assertThat(failures).isLessThanOrEqualTo(10);
        }
        signIn(TestKeys.OPS).then().statusCode(429).contentType("application/problem+json");
    }
}
