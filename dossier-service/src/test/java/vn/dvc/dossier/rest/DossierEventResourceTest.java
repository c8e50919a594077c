package vn.dvc.dossier.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static vn.dvc.dossier.rest.PortalEvents.post;
import static vn.dvc.dossier.rest.PortalEvents.postBatch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dvc.commons.testing.TopicReader;

/** Dossier intake through the real service, database and dossier-events topic. */
@QuarkusTest
class DossierEventResourceTest {

    private static final String JUNE_1 = "2022-06-01T08:30:00+07:00";
    private static final String JUNE_8 = "2022-06-08T17:00:00+07:00";

    private final PortalEvents portal = new PortalEvents();
    private final String run = portal.run;

    @Inject
    EntityManager entityManager;
    @Inject
    ObjectMapper json;
    @TestHTTPResource("/api/v1/dossier-events/batch")
    URI batchUri;

    @BeforeEach
    void referenceData() {
        portal.createReferenceData();
    }

    private long stored(String eventId) {
        return (Long) entityManager.createQuery("select count(e) from DossierEvent e where e.eventId = :id")
                .setParameter("id", eventId).getSingleResult();
    }

    private long storedDossiers(String dossierId) {
        return (Long) entityManager.createQuery("select count(d) from Dossier d where d.dossierId = :id")
                .setParameter("id", dossierId).getSingleResult();
    }

    @Test
    void anAcceptedEventIsPublishedOnceWithTheWholeStateAndItsDuplicateChangesNothing() throws Exception {
        String dossierId = "000.00.01.H10-220601-" + run;
        Map<String, Object> receipt = portal.received("p-" + run, dossierId, JUNE_1, JUNE_8).body();
        try (TopicReader topic = new TopicReader("dossier-events")) {
            post(receipt).statusCode(202).body("outcome", equalTo("ACCEPTED")).body("dossierId", equalTo(dossierId));
            post(receipt).statusCode(202).body("outcome", equalTo("DUPLICATE"));

            Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> topic.records().stream()
                    .anyMatch(record -> dossierId.equals(record.key())));
            Awaitility.await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> topic.records()
                    .stream().filter(record -> dossierId.equals(record.key())).count() == 1);
            ConsumerRecord<String, String> published = topic.records().stream()
                    .filter(record -> dossierId.equals(record.key())).findFirst().orElseThrow();
            JsonNode state = json.readTree(published.value());
            assertThat(state.get("version").asLong()).isEqualTo(1);
            assertThat(state.get("acceptedEventIds").get(0).asText()).isEqualTo("p-" + run);
            assertThat(state.get("channel").asText()).isEqualTo("ONLINE");
            assertThat(state.get("unitCode").asText()).isEqualTo(portal.department);
            assertThat(state.get("unitTier").asText()).isEqualTo("DEPARTMENT");
            assertThat(state.get("receivedAt").asText()).isEqualTo("2022-06-01T01:30:00Z");
            assertThat(state.at("/deadline/dueAtInForce").asText()).isEqualTo("2022-06-08T10:00:00Z");
            assertThat(state.at("/flags/inputsDigitised").asBoolean()).isTrue();
            assertThat(state.at("/flags/feeRequired").asBoolean()).isTrue();
            assertThat(state.get("ending").isNull()).isTrue();
        }
        assertThat(stored("p-" + run)).isEqualTo(1);
    }

    @Test
    void nationalPortalCodesAndTimesAreAccepted() {
        String dossierId = "N-" + run;
        post(portal.received("n-" + run, dossierId, "20220601083000", "2022-06-08T17:00:00").with("status", 2)
                .with("channel", "3").body())
                .statusCode(202).body("outcome", equalTo("ACCEPTED"));

        given().get("/api/v1/dossiers/" + dossierId).then().statusCode(200)
                .body("channel", equalTo("POSTAL"))
                .body("status", equalTo("RECEIVED"))
                .body("receivedAt", equalTo("2022-06-01T08:30:00+07:00"))
                .body("deadline.dueAtInForce", equalTo("2022-06-08T17:00:00+07:00"));
    }

    @Test
    void anUnknownUnitOrServiceIsRefusedAndNothingIsStored() {
        post(portal.received("u-" + run, "U-" + run, JUNE_1, JUNE_8).with("unitCode", "NO-SUCH-UNIT")
                .with("serviceCode", "9.999999").body())
                .statusCode(422).contentType("application/problem+json")
                .body("violations.field", contains("serviceCode", "unitCode"))
                .body("violations[1].message", containsString("NO-SUCH-UNIT"));
        assertThat(stored("u-" + run)).isZero();
        assertThat(storedDossiers("U-" + run)).isZero();
    }

    @Test
    void theOpeningEventMustNameUnitServiceAndChannel() {
        post(portal.received("o-" + run, "O-" + run, JUNE_1, JUNE_8).without("channel").without("unitCode").body())
                .statusCode(422).body("violations.field", contains("channel", "unitCode"));

        assertThat(stored("o-" + run)).isZero();
        assertThat(storedDossiers("O-" + run)).isZero();
    }

    @Test
    void aLaterReceiptMayOmitWhatTheSubmissionNamed() {
        String dossierId = "S-" + run;
        post(portal.event("s1-" + run, dossierId, "SUBMITTED", "2022-06-01T07:00:00").with("unitCode", portal.department)
                .with("serviceCode", portal.service).with("channel", "ONLINE").body()).statusCode(202);
        post(portal.event("s2-" + run, dossierId, "RECEIVED", JUNE_1).with("dueAt", JUNE_8).body())
                .statusCode(202).body("outcome", equalTo("ACCEPTED"));

        given().get("/api/v1/dossiers/" + dossierId).then().statusCode(200)
                .body("received", equalTo(true)).body("unitCode", equalTo(portal.department))
                .body("submittedAt", equalTo("2022-06-01T07:00:00+07:00"));
    }

    @Test
    void malformedAndImplausibleFieldsAreRefusedNamingTheField() {
        String dossierId = "B-" + run;
        post(portal.received("b1-" + run, dossierId, JUNE_1, JUNE_8).with("status", "CLOSED").body())
                .statusCode(400).body("violations[0].field", equalTo("status"));
        post(portal.received("b2-" + run, dossierId, JUNE_1, JUNE_8).with("channel", "FAX").body())
                .statusCode(400).body("violations[0].field", equalTo("channel"))
                .body("detail", not(containsString("vn.dvc")));
        post(portal.received("b3-" + run, dossierId, "1900-01-01T08:00:00", JUNE_8).body())
                .statusCode(422).body("violations[0].field", equalTo("occurredAt"));
        post(portal.received("b4-" + run, dossierId, "yesterday", JUNE_8).body())
                .statusCode(400).body("violations[0].field", equalTo("occurredAt"));
        post(portal.received("b5-" + run, dossierId, JUNE_1, "2022-05-31T17:00:00+07:00").body())
                .statusCode(422).body("violations[0].field", equalTo("dueAt"))
                .body("violations[0].message", containsString("after occurredAt"));
        post(portal.received("b6-" + run, dossierId, JUNE_1, "2099-06-08T17:00:00+07:00").body())
                .statusCode(422).body("violations[0].field", equalTo("dueAt"));
        post(portal.received("b7-" + run, dossierId, JUNE_1, JUNE_8).without("dueAt").body())
                .statusCode(422).body("violations[0].field", equalTo("dueAt"));
        post(portal.received("b8-" + run, dossierId, "2099-06-01T08:30:00", "2099-06-08T17:00:00").body())
                .statusCode(422).body("violations[0].field", equalTo("occurredAt"));
        post(portal.event("b9-" + run, dossierId, "EXTENDED", JUNE_1).with("reason", "chờ xác minh").body())
                .statusCode(422).body("violations[0].field", equalTo("dueAt"));
        post(portal.received("", dossierId, JUNE_1, JUNE_8).body())
                .statusCode(400).body("violations.field", hasItem("eventId"));
        given().contentType(ContentType.JSON).body("{\"eventId\": ").post("/api/v1/dossier-events")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", not(containsString("java")));
        for (int i = 1; i <= 9; i++) {
            assertThat(stored("b" + i + "-" + run)).isZero();
        }
        assertThat(storedDossiers(dossierId)).isZero();
    }

    @Test
    void aBatchAnswersEachEventInOrderAndARejectedOneChangesNothing() {
        String dossierId = "M-" + run;
        post(portal.received("m0-" + run, "M0-" + run, JUNE_1, JUNE_8).body()).statusCode(202);
        List<Object> batch = List.of(
                portal.received("m1-" + run, dossierId, JUNE_1, JUNE_8).body(),
                portal.event("m2-" + run, dossierId, "PROCESSING", "2022-06-02T08:00:00").body(),
                portal.event("m2-" + run, dossierId, "PROCESSING", "2022-06-02T08:00:00").body(),
                portal.received("m0-" + run, "M0-" + run, JUNE_1, JUNE_8).body(),
                portal.event("m3-" + run, dossierId, "RESOLVED", "2022-06-03T08:00:00").with("channel", "FAX").body(),
                portal.received("m4-" + run, "M4-" + run, JUNE_1, JUNE_8).with("serviceCode", "9.999999").body(),
                "not an event",
                portal.event("m5-" + run, dossierId, 9, "2022-06-04T08:00:00").with("electronicResult", true).body());

        postBatch(batch).statusCode(202)
                .body("outcome", contains("ACCEPTED", "ACCEPTED", "DUPLICATE", "DUPLICATE", "REJECTED", "REJECTED",
                        "REJECTED", "ACCEPTED"))
                .body("index", contains(0, 1, 2, 3, 4, 5, 6, 7))
                .body("[4].problem.status", equalTo(400))
                .body("[4].problem.violations[0].field", equalTo("channel"))
                .body("[5].problem.status", equalTo(422))
                .body("[5].problem.violations[0].field", equalTo("serviceCode"))
                .body("[6].problem.violations[0].field", equalTo("body"))
                .body("[0].problem", nullValue());

        assertThat(stored("m3-" + run)).isZero();
        assertThat(stored("m4-" + run)).isZero();
        assertThat(storedDossiers("M4-" + run)).isZero();
        given().get("/api/v1/dossiers/" + dossierId).then().statusCode(200)
                .body("version", equalTo(3))
                .body("status", equalTo("RESOLVED"))
                .body("ending.timeliness", equalTo("EARLY"))
                .body("electronicResult", equalTo(true))
                .body("events.eventId", contains("m1-" + run, "m2-" + run, "m5-" + run));
    }

    @Test
    void aBatchOverAThousandEventsIsRefusedWhole() {
        List<Object> batch = new ArrayList<>();
        for (int i = 0; i <= 1000; i++) {
            batch.add(portal.received("big" + i + "-" + run, "BIG" + i + "-" + run, JUNE_1, JUNE_8).body());
        }

        postBatch(batch).statusCode(413).contentType("application/problem+json")
                .body("detail", containsString("1001"));
        assertThat(stored("big0-" + run)).isZero();
        postBatch(List.of()).statusCode(400).body("violations[0].field", equalTo("body"));
    }

    @Test
    void aBodyOverTheSizeLimitIsRefusedBeforeItIsRead() throws Exception {
        String padding = String.join("", Collections.nCopies(5 * 1024 * 1024, "x"));
        String body = json.writeValueAsString(List.of(portal.received("huge-" + run, "HUGE-" + run, JUNE_1, JUNE_8)
                .with("reason", padding).body()));
        // Expect: 100-continue, as a portal sending bulk should: the service refuses on the announced length.
        HttpRequest request = HttpRequest.newBuilder(batchUri).version(HttpClient.Version.HTTP_1_1).expectContinue(true)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();

        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(stored("huge-" + run)).isZero();
    }

    @Test
    void aResolutionBeforeItsReceiptIsHeldThenCompleted() {
        String dossierId = "H-" + run;
        post(portal.event("h2-" + run, dossierId, "RESOLVED", "2022-06-03T10:00:00").body())
                .statusCode(202).body("outcome", equalTo("ACCEPTED"));
        given().get("/api/v1/dossiers/" + dossierId).then().statusCode(200)
                .body("received", equalTo(false)).body("anomalies.kind", contains("NEVER_RECEIVED"));

        post(portal.received("h1-" + run, dossierId, JUNE_1, JUNE_8).body()).statusCode(202);

        given().get("/api/v1/dossiers/" + dossierId).then().statusCode(200)
                .body("received", equalTo(true))
                .body("open", equalTo(false))
                .body("ending.closure", equalTo("RESOLVED"))
                .body("anomalies", org.hamcrest.Matchers.empty())
                .body("events.eventId", contains("h1-" + run, "h2-" + run))
                .body("events[0].sent.channel", equalTo("ONLINE"))
                .body("rulesVersion", equalTo("1"));
    }

    @Test
    void anUnknownDossierIsANotFoundProblem() {
        given().get("/api/v1/dossiers/NO-SUCH-" + run).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void concurrentRequestsForOneDossierEachCountOnce() throws Exception {
        String dossierId = "C-" + run;
        List<Map<String, Object>> events = new ArrayList<>();
        events.add(portal.received("c0-" + run, dossierId, JUNE_1, JUNE_8).body());
        for (int i = 1; i <= 12; i++) {
            events.add(portal.event("c" + i + "-" + run, dossierId, "PROCESSING", "2022-06-0" + (1 + i % 7) + "T10:00:00").body());
        }
        List<Map<String, Object>> sentTwice = new ArrayList<>(events);
        sentTwice.addAll(events);
        ExecutorService senders = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> outcomes = new ArrayList<>();
            for (Map<String, Object> event : sentTwice) {
                outcomes.add(senders.submit(() -> post(event).statusCode(202).extract().path("outcome")));
            }
            List<String> answered = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                answered.add(outcome.get());
            }
            assertThat(answered).filteredOn("ACCEPTED"::equals).hasSize(13);
            assertThat(answered).filteredOn("DUPLICATE"::equals).hasSize(13);
        } finally {
            senders.shutdown();
        }
        given().get("/api/v1/dossiers/" + dossierId).then().statusCode(200)
                .body("version", equalTo(13)).body("events", org.hamcrest.Matchers.hasSize(13));
    }
}
