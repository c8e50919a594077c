package vn.dvc.dossier.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every accepted write answers the log positions its records reached; a refused one answers none. */
@QuarkusTest
class WrittenTokenTest {

    private static final Pattern TOKEN = Pattern.compile("[a-z-]+:\\d+:\\d+(,[a-z-]+:\\d+:\\d+)*");

    private final PortalEvents portal = new PortalEvents();

    private static String written(Response answer) {
        assertThat(answer.statusCode()).as(answer.asString()).isBetween(200, 299);
        String token = answer.header("X-DVC-Written");
        assertThat(token).as(answer.asString()).isNotNull().matches(TOKEN);
        return token;
    }

    private static long offset(String token, String topic) {
        Matcher entry = Pattern.compile("(?:^|,)" + topic + ":\\d+:(\\d+)").matcher(token);
        long newest = -1;
        while (entry.find()) {
            newest = Math.max(newest, Long.parseLong(entry.group(1)));
        }
        return newest;
    }

    @Test
    void everyAcceptedWriteAnswersTheLogPositionsItsRecordsReached() {
        String units = written(given().contentType(ContentType.JSON).body(List.of(java.util.Map.of("code", portal.province,
                "name", "Tỉnh", "tier", "PROVINCE"))).put("/api/v1/units"));
        String services = written(given().contentType(ContentType.JSON).body(List.of(java.util.Map.of("code", portal.service,
                "name", "Thủ tục", "field", "Tư pháp", "feeBearing", false,
                "offerings", List.of(java.util.Map.of("tier", "PROVINCE", "level", 4))))).put("/api/v1/services"));
        assertThat(offset(units, "catalog-events")).isNotNegative();
        assertThat(offset(services, "catalog-events")).as("the service's record came after the unit's")
                .isGreaterThan(offset(units, "catalog-events"));

        PortalEvents.Event received = portal.event(portal.run + "/R", portal.run, "RECEIVED", "2022-06-01T08:30:00+07:00")
                .with("unitCode", portal.province).with("serviceCode", portal.service).with("channel", "ONLINE")
                .with("dueAt", "2022-06-08T17:00:00+07:00");
        String live = written(given().contentType(ContentType.JSON).body(received.body()).post("/api/v1/dossier-events"));
        assertThat(offset(live, "dossier-events-live")).as("a single event goes on the live lane").isNotNegative();
        assertThat(offset(live, "catalog-events")).as("a token covers what was published before").isGreaterThanOrEqualTo(
                offset(services, "catalog-events"));
    }

    @Test
    void aRefusedWriteAnswersNoToken() {
        Response refused = given().contentType(ContentType.JSON).body("{\"eventId\":\"x\"}").post("/api/v1/dossier-events");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.header("X-DVC-Written")).isNull();
    }
}
