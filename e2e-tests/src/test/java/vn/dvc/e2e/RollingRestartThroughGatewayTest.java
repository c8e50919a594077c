package vn.dvc.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dvc.launcher.SuiteService;

/**
 * A rolling restart under load: two instances of dossier-service and kpi-service, each instance stopped gracefully
 * and started again in turn while the portal sends dossier events (with an Idempotency-Key) and the dashboard reads —
 * every request answered (the gateway sends an idempotent request that an instance refuses while stopping to the
 * other), and every event counted once.
 */
class RollingRestartThroughGatewayTest {

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String province = "RR-" + run;
    private final String department = province + ".S1";
    private final String service = "RR-" + run + "-S";

    @BeforeAll
    static void suite() {
        RestAssured.baseURI = RunningSuite.gateway().toString();
        RestAssured.port = RunningSuite.gateway().getPort();
    }

    @Test
    void restartingEachInstanceInTurnUnderLoadRefusesNobodyAndCountsEveryEventOnce() throws InterruptedException {
        RunningSuite.provinceWithADepartmentAndAService(province, department, service);
        RunningSuite.awaitUnitsKnown("/api/v1/kpis", Map.of("from", "2022-06-01", "to", "2022-07-01"), department);
        List<SuiteService> restarted = List.of(SuiteService.DOSSIER, SuiteService.KPI);
        restarted.forEach(RunningSuite::startSecondInstance);
        AtomicBoolean loading = new AtomicBoolean(true);
        AtomicInteger sent = new AtomicInteger();
        Queue<String> refused = new ConcurrentLinkedQueue<>();
        Thread load = new Thread(() -> {
            for (int batch = 0; loading.get(); batch++) {
                List<Map<String, Object>> events = new ArrayList<>();
                for (int i = 0; i < 5; i++) {
                    String dossier = province + "-D" + batch + "-" + i;
                    events.add(Map.of("eventId", dossier + "/r", "dossierId", dossier, "status", "RECEIVED",
                            "occurredAt", "2022-06-01T09:00:00+07:00", "unitCode", department, "serviceCode", service,
                            "channel", "ONLINE", "dueAt", "2022-06-10T17:00:00+07:00"));
                }
                int written = given().contentType(ContentType.JSON).header("Idempotency-Key", province + "-" + batch).body(events)
                        .post("/api/v1/dossier-events/batch").statusCode();
                if (written == 202) {
                    sent.addAndGet(events.size());
                } else {
                    refused.add("POST batch " + batch + ": " + written);
                }
                int read = given().queryParam("unit", province).queryParam("from", "2022-06-01").queryParam("to", "2022-07-01")
                        .get("/api/v1/kpis").statusCode();
                if (read != 200) {
                    refused.add("GET /kpis: " + read);
                }
            }
        });
        load.start();
        try {
            for (SuiteService each : restarted) {
                RunningSuite.restartGracefully(each);
                RunningSuite.stopSecondInstance(each);
                RunningSuite.startSecondInstance(each);
            }
        } finally {
            loading.set(false);
            load.join();
            restarted.forEach(RunningSuite::stopSecondInstance);
        }

        assertThat(refused).as("every request answered through the restarts").isEmpty();
        assertThat(sent.get()).as("load all along").isGreaterThan(100);
        Awaitility.await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> assertThat(given().queryParam("unit", province)
                .queryParam("from", "2022-06-01").queryParam("to", "2022-07-01").get("/api/v1/kpis").then().extract().jsonPath()
                .getLong("indicators.find { it.code == 'ONLINE_DOSSIER_SHARE' }.denominator")).as("each event once")
                .isEqualTo(sent.get()));
    }
}
