package vn.dvc.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import vn.dvc.launcher.LauncherSettings;
import vn.dvc.launcher.SuiteService;

/**
 * The figures of the suite's own work an operator scrapes from each service's /q/metrics (docs/operations.md): they
 * exist and they move — intake outcomes by reason and key, the outbox backlog while the broker is paused and after,
 * the delay from acceptance to the figures, the consumers' lag and dead letters, the dependencies' readiness.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OperatorMetricsTest {

    private static final String ACCEPTED = "dvc_intake_items_total{key=\"%s\",kind=\"dossier_event\",outcome=\"accepted\",reason=\"none\"}";
    private static final String DUPLICATE = "dvc_intake_items_total{key=\"%s\",kind=\"dossier_event\",outcome=\"duplicate\",reason=\"none\"}";
    private static final String REJECTED = "dvc_intake_items_total{key=\"%s\",kind=\"dossier_event\",outcome=\"rejected\",reason=\"unitCode\"}";
    private static final String BACKLOG = "dvc_outbox_backlog_records";
    private static final String EFFECT_DELAY = "dvc_consumer_effect_delay_seconds_count{consumer=\"kpi-dossier-events\",topic=\"dossier-events\"}";
    private static final String DEAD_LETTERED = "dvc_consumer_dead_lettered_total{consumer=\"kpi-dossier-events\",topic=\"dossier-events\"}";

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String province = "OM-" + run;
    private final String department = "OM-" + run + ".SO";
    private final String service = "1.000001-" + run;
    private final String portalKey = RunningSuite.key("portal");
    private final String portalKeyId = portalKey.split("_")[1];

    @BeforeAll
    static void suite() {
        RunningSuite.gateway();
    }

    private static double metric(SuiteService service, String series) {
        String text = given().baseUri(RunningSuite.service(service).toString()).get("/q/metrics").then().statusCode(200)
                .extract().asString();
        // with tracing on, a sample may end with its exemplar: "… 3.0 # {trace_id=…} 1.0 …"
        Matcher line = Pattern.compile("(?m)^" + Pattern.quote(series) + " (\\S+)(?: #.*)?$").matcher(text);
        return line.find() ? Double.parseDouble(line.group(1)) : 0;
    }

    private String received(String eventId, String unit) {
        return "{\"eventId\":\"" + eventId + "\",\"dossierId\":\"" + eventId + "-d\",\"status\":\"RECEIVED\","
                + "\"occurredAt\":\"2022-12-01T08:00:00+07:00\",\"unitCode\":\"" + unit + "\",\"serviceCode\":\"" + service
                + "\",\"channel\":\"ONLINE\",\"dueAt\":\"2022-12-08T17:00:00+07:00\"}";
    }

    private int post(String event) {
        return given().header("X-API-Key", portalKey).contentType(ContentType.JSON).body(event)
                .post("/api/v1/dossier-events").then().extract().statusCode();
    }

    private void referenceData() {
        RunningSuite.provinceWithADepartmentAndAService(province, department, service);
    }

    @Test
    void intakeOutcomesByReasonAndKeyAndTheDelayToTheFiguresMove() {
        referenceData();
        double accepted = metric(SuiteService.DOSSIER, ACCEPTED.formatted(portalKeyId));
        double duplicate = metric(SuiteService.DOSSIER, DUPLICATE.formatted(portalKeyId));
        double rejected = metric(SuiteService.DOSSIER, REJECTED.formatted(portalKeyId));
        double applied = metric(SuiteService.KPI, EFFECT_DELAY);

        assertThat(post(received("om-" + run, department))).isEqualTo(202);
        assertThat(post(received("om-" + run, department))).isEqualTo(202);
        assertThat(post(received("om-bad-" + run, "NO-UNIT-" + run))).isEqualTo(422);

        assertThat(metric(SuiteService.DOSSIER, ACCEPTED.formatted(portalKeyId))).isEqualTo(accepted + 1);
        assertThat(metric(SuiteService.DOSSIER, DUPLICATE.formatted(portalKeyId))).isEqualTo(duplicate + 1);
        assertThat(metric(SuiteService.DOSSIER, REJECTED.formatted(portalKeyId))).isEqualTo(rejected + 1);
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> metric(SuiteService.KPI, EFFECT_DELAY) >= applied + 1);
        // the readiness checks run every 10 s: the first may not have run yet in a service just started
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() ->
                metric(SuiteService.DOSSIER, "dvc_dependency_up{check=\"Database connections health check\"}") == 1
                        && metric(SuiteService.KPI, "dvc_dependency_up{check=\"Kafka broker reachable\"}") == 1);
        assertThat(given().baseUri(RunningSuite.service(SuiteService.KPI).toString()).get("/q/metrics").asString())
                .contains("kafka_consumer_fetch_manager_records_lag_max{client_id=\"kafka-consumer-dossier-events\"");
    }

    @Test
    void aRecordNoCodeCanReadIsCountedAsDeadLettered() {
        double before = metric(SuiteService.KPI, DEAD_LETTERED);
        Properties producer = new Properties();
        producer.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, RunningSuite.kafkaBootstrap());
        try (KafkaProducer<String, String> poison = new KafkaProducer<>(producer, new StringSerializer(), new StringSerializer())) {
            poison.send(new ProducerRecord<>("dossier-events", "poison-" + run, "{ not json " + run));
        }

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> metric(SuiteService.KPI, DEAD_LETTERED) >= before + 1);
    }

    @Test
    void theOutboxBacklogRisesWhileTheBrokerIsPausedAndFallsWhenItIsBack() throws Exception {
        referenceData();
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> metric(SuiteService.DOSSIER, BACKLOG) == 0);
        long broker = RunningSuite.broker().pid();

        signal("STOP", broker);
        try {
            for (int i = 0; i < 3; i++) {
                assertThat(post(received("om-paused-" + i + "-" + run, department))).isEqualTo(202);
            }
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> metric(SuiteService.DOSSIER, BACKLOG) >= 3);
            Awaitility.await().atMost(Duration.ofSeconds(30))
                    .until(() -> metric(SuiteService.DOSSIER, "dvc_outbox_oldest_age_seconds") >= 2);
        } finally {
            signal("CONT", broker);
        }

        Awaitility.await().atMost(Duration.ofSeconds(90)).until(() -> metric(SuiteService.DOSSIER, BACKLOG) == 0
                && metric(SuiteService.DOSSIER, "dvc_outbox_oldest_age_seconds") == 0
                && metric(SuiteService.DOSSIER, "dvc_outbox_broker_up") == 1);
    }

    /** The alerts and the dashboard watch only series the services really serve (the dead-letter one exists by now). */
    @Test
    @Order(Integer.MAX_VALUE)
    void theAlertsAndTheDashboardNameOnlyMetricsTheServicesServe() throws Exception {
        Path root = LauncherSettings.findProjectRoot(Path.of(System.getProperty("suite.root", "..")));
        String watched = Files.readString(root.resolve("ops/prometheus/alerts.yml"))
                + Files.readString(root.resolve("ops/grafana/dashboards/dvc-suite.json"));
        StringBuilder served = new StringBuilder();
        for (SuiteService service : SuiteService.backServices()) {
            served.append(given().baseUri(RunningSuite.service(service).toString()).get("/q/metrics").asString());
        }

        Matcher names = Pattern.compile("\\b((?:dvc|kafka_consumer|http_server)_[a-z_]+)").matcher(watched);
        int checked = 0;
        while (names.find()) {
            assertThat(served.toString()).as(names.group(1)).contains(names.group(1));
            checked++;
        }
        assertThat(checked).isGreaterThan(10);
    }

    private static void signal(String signal, long pid) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start();
        assertThat(kill.waitFor()).as("kill -" + signal + " " + pid).isZero();
    }
}
