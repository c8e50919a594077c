package vn.dvc.dossier.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Dossier intake through the real service, database and dossier-events topic. */
@QuarkusTest
class DossierEventResourceTest {

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String unit = "H10-" + run;
    private final String service = "1.004227-" + run;

    @Inject
    EntityManager entityManager;
    @Inject
    ObjectMapper json;

    @BeforeEach
    void referenceData() {
        given().contentType(ContentType.JSON)
                .body("[{\"code\":\"BP-" + run + "\",\"name\":\"Tỉnh Bình Phước\",\"tier\":\"PROVINCE\"},"
                        + "{\"code\":\"" + unit + "\",\"name\":\"Sở Tư pháp\",\"tier\":\"DEPARTMENT\",\"parentCode\":\"BP-" + run + "\"}]")
                .put("/api/v1/units").then().statusCode(200);
        given().contentType(ContentType.JSON)
                .body("[{\"code\":\"" + service + "\",\"name\":\"Cấp phiếu lý lịch tư pháp\",\"field\":\"Tư pháp\","
                        + "\"feeBearing\":true,\"offerings\":[{\"tier\":\"PROVINCE\",\"level\":4}]}]")
                .put("/api/v1/services").then().statusCode(200);
    }

    private String received(String eventId, String dossierId) {
        return "{\"eventId\":\"" + eventId + "\",\"dossierId\":\"" + dossierId + "\",\"status\":\"RECEIVED\","
                + "\"occurredAt\":\"2022-06-01T08:30:00+07:00\",\"unitCode\":\"" + unit + "\",\"serviceCode\":\""
                + service + "\",\"channel\":\"ONLINE\",\"dueAt\":\"2022-06-08T17:00:00+07:00\","
                + "\"inputsDigitised\":true,\"feeRequired\":true}";
    }

    private long stored(String eventId) {
        return (Long) entityManager.createQuery("select count(e) from DossierEvent e where e.eventId = :id")
                .setParameter("id", eventId).getSingleResult();
    }

    @Test
    void anAcceptedEventIsPublishedOnceAndItsDuplicateChangesNothing() throws Exception {
        String dossierId = "000.00.01.H10-220601-" + run;
        try (TopicReader topic = new TopicReader("dossier-events")) {
            given().contentType(ContentType.JSON).body(received("p-" + run, dossierId)).post("/api/v1/dossier-events")
                    .then().statusCode(202).body("outcome", equalTo("ACCEPTED"));
            given().contentType(ContentType.JSON).body(received("p-" + run, dossierId)).post("/api/v1/dossier-events")
                    .then().statusCode(202).body("outcome", equalTo("DUPLICATE"));

            Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> topic.records().stream()
                    .anyMatch(record -> dossierId.equals(record.key())));
            Awaitility.await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> true);
            ConsumerRecord<String, String> published = topic.records().stream()
                    .filter(record -> dossierId.equals(record.key())).reduce((a, b) -> {
                        throw new AssertionError("the dossier was published twice");
                    }).orElseThrow();
            JsonNode state = json.readTree(published.value());
            assertThat(state.get("version").asLong()).isEqualTo(1);
            assertThat(state.get("sourceEventId").asText()).isEqualTo("p-" + run);
            assertThat(state.get("channel").asText()).isEqualTo("ONLINE");
            assertThat(state.get("unitCode").asText()).isEqualTo(unit);
            assertThat(state.get("receivedAt").asText()).isEqualTo("2022-06-01T01:30:00Z");
        }
        assertThat(stored("p-" + run)).isEqualTo(1);
    }

    @Test
    void aNationalStatusCodeAndALocalTimeAreAccepted() {
        String body = "{\"eventId\":\"n-" + run + "\",\"dossierId\":\"N-" + run + "\",\"status\":2,"
                + "\"occurredAt\":\"2022-06-01T08:30:00\",\"unitCode\":\"" + unit + "\",\"serviceCode\":\"" + service
                + "\",\"channel\":\"DIRECT\"}";

        given().contentType(ContentType.JSON).body(body).post("/api/v1/dossier-events")
                .then().statusCode(202).body("outcome", equalTo("ACCEPTED"));
    }

    @Test
    void anUnknownUnitIsRefusedAndNothingIsStored() {
        String body = received("u-" + run, "U-" + run).replace(unit, "NO-SUCH-UNIT");

        given().contentType(ContentType.JSON).body(body).post("/api/v1/dossier-events")
                .then().statusCode(422).contentType("application/problem+json")
                .body("violations[0].field", equalTo("unitCode"));
        assertThat(stored("u-" + run)).isZero();
    }

    @Test
    void theOpeningEventMustNameUnitServiceAndChannel() {
        String body = "{\"eventId\":\"o-" + run + "\",\"dossierId\":\"O-" + run + "\",\"status\":\"RECEIVED\","
                + "\"occurredAt\":\"2022-06-01T08:30:00+07:00\",\"unitCode\":\"" + unit + "\",\"serviceCode\":\"" + service + "\"}";

        given().contentType(ContentType.JSON).body(body).post("/api/v1/dossier-events")
                .then().statusCode(422).body("violations[0].field", equalTo("channel"));
        assertThat(stored("o-" + run)).isZero();
    }

    @Test
    void badFieldsAreRefusedNamingTheField() {
        given().contentType(ContentType.JSON).body(received("b1-" + run, "B-" + run).replace("\"RECEIVED\"", "\"CLOSED\""))
                .post("/api/v1/dossier-events").then().statusCode(400).body("violations[0].field", equalTo("status"));
        given().contentType(ContentType.JSON).body(received("b2-" + run, "B-" + run).replace("\"ONLINE\"", "\"FAX\""))
                .post("/api/v1/dossier-events").then().statusCode(400).body("violations[0].field", equalTo("channel"));
        given().contentType(ContentType.JSON).body(received("b3-" + run, "B-" + run).replace("2022-06-01T08:30:00+07:00", "1900-01-01T08:00:00"))
                .post("/api/v1/dossier-events").then().statusCode(422).body("violations[0].field", equalTo("occurredAt"));
        given().contentType(ContentType.JSON).body(received("b4-" + run, "B-" + run).replace("2022-06-01T08:30:00+07:00", "yesterday"))
                .post("/api/v1/dossier-events").then().statusCode(400).body("violations[0].field", equalTo("occurredAt"));
        given().contentType(ContentType.JSON).body(received("", "B-" + run))
                .post("/api/v1/dossier-events").then().statusCode(400).body("violations.field", org.hamcrest.Matchers.hasItem("eventId"));
        given().contentType(ContentType.JSON).body("{\"eventId\": ")
                .post("/api/v1/dossier-events").then().statusCode(400).contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("java")));
        for (String eventId : new String[] {"b1-", "b2-", "b3-", "b4-"}) {
            assertThat(stored(eventId + run)).isZero();
        }
    }
}
