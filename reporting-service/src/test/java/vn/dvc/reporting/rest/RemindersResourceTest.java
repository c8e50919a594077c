package vn.dvc.reporting.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import vn.dvc.commons.jdbc.Jdbc;
import vn.dvc.reporting.reminders.Delivery;
import vn.dvc.reporting.repository.Deliveries;

/**
 * Subscriptions checked whole (every bad field named, nothing stored), the webhook's secret never shown back; a
 * delivery claimed by one of eight racing senders only; a failed one tried again, then given up.
 */
@QuarkusTest
class RemindersResourceTest {

    @Inject
    ObjectMapper json;
    @Inject
    Jdbc jdbc;
    @Inject
    Deliveries deliveries;

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String unit = "RM-" + run;

    @Test
    void aSubscriptionIsCheckedWholeAndItsSecretNeverShown() {
        given().contentType("application/json").body(Map.of("emails", List.of("a@b.vn")))
                .put("/api/v1/reminders/subscriptions/NOWHERE-" + run).then().statusCode(404);
        ReportingTestUnits.publish(json, jdbc, List.of(ReportingTestUnits.unit(unit, "Huyện", "DISTRICT", null)));

        given().contentType("application/json").body(Map.of("emails", List.of("vanphong", "a@b.vn"),
                        "webhookUrl", "http://user:pw@hook.vn/x", "kinds", List.of("NEAR_DUE", "GOSSIP"), "digestAt", "7h",
                        "taskDays", 99))
                .put("/api/v1/reminders/subscriptions/" + unit).then().statusCode(422).contentType("application/problem+json")
                .body("violations.field", equalTo(List.of("emails[0]", "webhookUrl", "webhookSecret", "kinds", "digestAt",
                        "taskDays")));
        given().get("/api/v1/reminders/subscriptions/" + unit).then().statusCode(404);

        given().contentType("application/json").body(Map.of("emails", List.of("vanphong@h.gov.vn"),
                        "webhookUrl", "http://127.0.0.1:9/hook", "webhookSecret", "s".repeat(20), "kinds", List.of("overdue")))
                .put("/api/v1/reminders/subscriptions/" + unit).then().statusCode(200)
                .body("kinds", equalTo(List.of("OVERDUE"))).body("digestAt", equalTo("07:30")).body("taskDays", equalTo(3))
                .body("$", not(hasKey("webhookSecret")));
        given().contentType("application/json").body(Map.of("webhookUrl", "http://127.0.0.1:9/hook2"))
                .put("/api/v1/reminders/subscriptions/" + unit).then().statusCode(200)
                .body("webhookSecretSet", equalTo(true)).body("emails", equalTo(List.of()));
        given().queryParam("status", "LOST").get("/api/v1/reminders/deliveries").then().statusCode(400)
                .body("violations[0].field", equalTo("status"));
        given().delete("/api/v1/reminders/subscriptions/" + unit).then().statusCode(204);
        given().get("/api/v1/reminders/subscriptions/" + unit).then().statusCode(404);
    }

    @Test
    void oneOfRacingSendersClaimsADeliveryAndAFailedOneIsTriedAgainThenGivenUp() throws Exception {
        Instant now = Instant.now();
        deliveries.store(unit, Delivery.URGENT, "HS-" + run, List.of("WEBHOOK"), "s", "t", "h", "{}", now);
        deliveries.store(unit, Delivery.URGENT, "HS-" + run, List.of("WEBHOOK"), "again", "t", "h", "{}", now);
        long id = deliveries.list(null, null, 0, 500).stream().filter(delivery -> delivery.unitCode().equals(unit))
                .map(Delivery::id).reduce((a, b) -> { throw new AssertionError("the slot was stored twice"); }).orElseThrow();

        ExecutorService senders = Executors.newFixedThreadPool(8);
        List<Callable<Optional<Delivery>>> claims = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            claims.add(() -> deliveries.claim(id, now, Duration.ofMinutes(2)));
        }
        List<Optional<Delivery>> claimed = new ArrayList<>();
        for (Future<Optional<Delivery>> claim : senders.invokeAll(claims)) {
            claimed.add(claim.get());
        }
        senders.shutdown();
        assertThat(claimed.stream().filter(Optional::isPresent)).hasSize(1);
        assertThat(deliveries.due(now.plusSeconds(60), 10_000)).as("claimed: not due again while the claim runs")
                .doesNotContain(id);
        assertThat(deliveries.due(now.plus(Duration.ofMinutes(3)), 10_000)).as("a sender that died: due again").contains(id);

        deliveries.failed(id, "the webhook answered HTTP 503", Optional.of(now.plusSeconds(1)));
        assertThat(deliveries.claim(id, now, Duration.ofMinutes(2))).as("not before its next attempt").isEmpty();
        assertThat(deliveries.claim(id, now.plusSeconds(2), Duration.ofMinutes(2))).isPresent();
        deliveries.failed(id, "the webhook answered HTTP 503", Optional.empty());

        given().queryParam("unit", unit).queryParam("status", "FAILED").get("/api/v1/reminders/deliveries").then().statusCode(404);
        Delivery given = deliveries.list(null, "FAILED", 0, 500).stream().filter(delivery -> delivery.id() == id).findFirst()
                .orElseThrow();
        assertThat(given.attempts()).isEqualTo(2);
        assertThat(given.lastError()).isEqualTo("the webhook answered HTTP 503");
        assertThat(deliveries.undelivered(now.minusSeconds(1), now)).extracting(Delivery::id).contains(id);
    }
}
