package vn.dvc.gateway.security;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dvc.gateway.session.SessionCookies;
import vn.dvc.gateway.session.SessionTest;

/**
 * A configured key rotated to a new secret (the deployment's gateway.security.keys changed, then an instance started)
 * ends every session opened with the old secret, at once on this instance: the cookie is signed for the key's hash.
 */
@QuarkusTest
class SessionRotationTest {

    private static final String ID = "0000000000f1";
    private static final String OLD = "dvc_0000000000f1_rotation-old-secret-xxxxxxxxxxxxxxxxxxxxxxx";
    private static final String NEW = "dvc_0000000000f1_rotation-new-secret-xxxxxxxxxxxxxxxxxxxxxxx";

    @Inject
    ApiKeys keys;

    private static String line(String token) {
        return ID + ":ministry::" + KeyTokens.hash(token) + ":rotation test";
    }

    @Test
    void rotatingAConfiguredKeyEndsItsSessions() {
        keys.storeConfigured(List.of(line(OLD)));
        String cookie = SessionTest.signIn(OLD).then().statusCode(200).extract().cookie(SessionCookies.NAME);
        given().cookie(SessionCookies.NAME, cookie).get("/api/v1/session").then().statusCode(200);

        keys.storeConfigured(List.of(line(NEW)));

        given().cookie(SessionCookies.NAME, cookie).get("/api/v1/session").then().statusCode(401);
        SessionTest.signIn(OLD).then().statusCode(401);
        SessionTest.signIn(NEW).then().statusCode(200);
    }
}
