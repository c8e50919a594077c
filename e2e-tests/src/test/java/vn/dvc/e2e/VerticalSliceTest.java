package vn.dvc.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * README's "Try the slice" through the gateway and real servers: reference data, one online RECEIVED event, and the
 * online dossier share it yields; the same event again changes nothing.
 */
class VerticalSliceTest {

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String province = "BP-" + run;
    private final String department = "H10.01-" + run;
    private final String service = "1.004227-" + run;

    @BeforeAll
    static void suite() {
        RestAssured.baseURI = RunningSuite.gateway().toString();
        RestAssured.port = RunningSuite.gateway().getPort();
    }

    private String receivedOnline(String eventId) {
        return "{ \"eventId\": \"" + eventId + "\", \"dossierId\": \"000.00.01.H10-220601-" + run + "\", "
                + "\"status\": \"RECEIVED\", \"occurredAt\": \"2022-06-01T08:30:00+07:00\", \"unitCode\": \""
                + department + "\", \"serviceCode\": \"" + service + "\", \"channel\": \"ONLINE\", "
                + "\"dueAt\": \"2022-06-08T17:00:00+07:00\", \"inputsDigitised\": true, \"feeRequired\": true }";
    }

    private void assertShare(String written, int numerator, int denominator, String percent) {
        given().header("X-DVC-After", written).queryParam("unit", province).queryParam("from", "2022-06-01").queryParam("to", "2022-09-01")
                .get("/api/v1/kpis").then().statusCode(200)
                .body("rulesVersion", equalTo("1"))
                .body("indicators.find { it.code == 'ONLINE_DOSSIER_SHARE' }.numerator", equalTo(numerator))
                .body("indicators.find { it.code == 'ONLINE_DOSSIER_SHARE' }.denominator", equalTo(denominator))
                .body("indicators.find { it.code == 'ONLINE_DOSSIER_SHARE' }.percent", equalTo(Float.valueOf(percent)));
    }

    @Test
    void anOnlineDossierMakesTheOnlineShareOneOfOneAndItsDuplicateChangesNothing() {
        given().contentType(ContentType.JSON)
                .body("[{\"code\":\"" + province + "\",\"name\":\"Tỉnh Bình Phước\",\"tier\":\"PROVINCE\"},"
                        + "{\"code\":\"" + department + "\",\"name\":\"Sở Tư pháp\",\"tier\":\"DEPARTMENT\",\"parentCode\":\"" + province + "\"}]")
                .put("/api/v1/units").then().statusCode(200).body("created", equalTo(2));
        given().contentType(ContentType.JSON)
                .body("[{\"code\":\"" + service + "\",\"name\":\"Cấp phiếu lý lịch tư pháp\",\"field\":\"Tư pháp\","
                        + "\"feeBearing\":true,\"offerings\":[{\"tier\":\"PROVINCE\",\"level\":4,\"ownerUnitCode\":\"" + department + "\"}]}]")
                .put("/api/v1/services").then().statusCode(200).body("created", equalTo(1));

        Instant beforeThePost = Instant.now();
        String written = given().contentType(ContentType.JSON).header("X-Request-Id", "e2e-" + run).body(receivedOnline("p-" + run))
                .post("/api/v1/dossier-events")
                .then().statusCode(202).header("X-Request-Id", "e2e-" + run).body("outcome", equalTo("ACCEPTED"))
                .extract().header("X-DVC-Written");

        // read with the write's token: the first answer counts the event, no polling
        assertShare(written, 1, 1, "100.00");
        // a figure that counts the event was computed from rows committed after it was sent
        Instant asOf = Instant.parse(given().header("X-DVC-After", written).queryParam("unit", province)
                .queryParam("from", "2022-06-01").queryParam("to", "2022-09-01").get("/api/v1/kpis").then().statusCode(200)
                .extract().path("asOf"));
        assertThat(asOf).isAfter(beforeThePost).isBefore(Instant.now().plusSeconds(1));

        String again = given().contentType(ContentType.JSON).body(receivedOnline("p-" + run)).post("/api/v1/dossier-events")
                .then().statusCode(202).body("outcome", equalTo("DUPLICATE")).extract().header("X-DVC-Written");
        assertShare(again, 1, 1, "100.00");
    }

    @Test
    void aRefusedEventIsAProblemNamingTheFieldThroughTheGateway() {
        given().contentType(ContentType.JSON).body(receivedOnline("bad-" + run).replace("\"ONLINE\"", "\"FAX\""))
                .post("/api/v1/dossier-events")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("channel"));
    }
}
