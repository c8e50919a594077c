package vn.dvc.kpi.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dvc.commons.jdbc.Jdbc;
import vn.dvc.contracts.catalog.Tier;
import vn.dvc.contracts.catalog.UnitChanged;
import vn.dvc.contracts.dossier.Channel;
import vn.dvc.contracts.dossier.DossierStateChanged;
import vn.dvc.contracts.dossier.DossierStatus;

/** Records on the real topics → kpi-service's consumers → summary rows → GET /api/v1/kpis. */
@QuarkusTest
class KpiFlowTest {

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String province = "BP-" + run;
    private final String department = "H10-" + run;
    private final String otherDepartment = "H11-" + run;

    @Inject
    ObjectMapper json;
    @Inject
    Jdbc jdbc;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;
    @ConfigProperty(name = "mp.messaging.incoming.dossier-events.group.id")
    String groupId;

    private KafkaProducer<String, String> producer;

    @BeforeEach
    void openProducerAndPublishTree() throws Exception {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        producer = new KafkaProducer<>(properties, new StringSerializer(), new StringSerializer());
        // The child first: the tree must come out right whatever the order.
        unit(department, province, "DEPARTMENT");
        unit(otherDepartment, province, "DEPARTMENT");
        unit(province, null, "PROVINCE");
    }

    @AfterEach
    void closeProducer() {
        producer.close();
    }

    private void unit(String code, String parent, String tier) throws Exception {
        UnitChanged event = new UnitChanged(UUID.randomUUID().toString(), Instant.now(), code, "Đơn vị " + code, Tier.valueOf(tier), parent, null);
        producer.send(new ProducerRecord<>("catalog-events", event.key(), json.writeValueAsString(event))).get();
    }

    private DossierStateChanged state(String eventId, String dossierId, long version, String unit, String channel, String receivedAt) {
        return new DossierStateChanged(eventId, Instant.now(), dossierId, version, "p-" + eventId, unit, "1.004227",
                Channel.valueOf(channel), DossierStatus.RECEIVED, receivedAt == null ? null : Instant.parse(receivedAt),
                List.of("p-" + eventId), Tier.DEPARTMENT, null, null, null, null, null, new DossierStateChanged.Flags(false, false, false));
    }

    private long publish(DossierStateChanged state) throws Exception {
        return producer.send(new ProducerRecord<>("dossier-events", state.dossierId(), json.writeValueAsString(state)))
                .get().offset();
    }

    /**
     * A history of 30,000 dossiers queued on dossier-events, then one of today's on the live lane: the live one is
     * applied while the history is still being worked through, and in the end both count once.
     */
    @Test
    void aLiveDossierIsAppliedWhileAHistoryBacklogIsStillQueued() throws Exception {
        int history = 30_000;
        List<java.util.concurrent.Future<?>> sent = new ArrayList<>(history);
        for (int i = 0; i < history; i++) {
            DossierStateChanged old = state("h" + i + "-" + run, "dh" + i + "-" + run, 1, department, "DIRECT",
                    "2022-06-0" + (1 + i % 9) + "T01:30:00Z");
            sent.add(producer.send(new ProducerRecord<>("dossier-events", old.dossierId(), json.writeValueAsString(old))));
        }
        for (java.util.concurrent.Future<?> each : sent) {
            each.get();
        }
        DossierStateChanged today = state("live-" + run, "dlive-" + run, 1, otherDepartment, "ONLINE", "2022-06-15T01:30:00Z");
        producer.send(new ProducerRecord<>("dossier-events-live", today.dossierId(), json.writeValueAsString(today))).get();

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> appliedDossiers(otherDepartment) == 1);
        long historyAppliedMeanwhile = appliedDossiers(department);

        assertThat(historyAppliedMeanwhile).as("history dossiers applied when the live one was").isLessThan(history);
        awaitShare(otherDepartment, 1, 1);
        Awaitility.await().atMost(Duration.ofMinutes(2)).until(() -> appliedDossiers(department) == history);
        awaitShare(province, 1, history + 1);
    }

    private long appliedDossiers(String unit) {
        return jdbc.one("SELECT COALESCE(SUM(value), 0) AS received FROM kpi_daily WHERE unit_code = ? AND measure = 'RECEIVED'",
                List.of(unit)).longValue("received");
    }

    private void awaitShare(String unit, int online, int all) {
        awaitShare(unit, online, all, "2022-06-01", "2022-09-01");
    }

    private void awaitShare(String unit, int online, int all, String from, String to) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given()
                .queryParam("unit", unit).queryParam("from", from).queryParam("to", to)
                .get("/api/v1/kpis").then().statusCode(200)
                .body("rulesVersion", equalTo("1"))
                .body("indicators.find { it.code == 'ONLINE_DOSSIER_SHARE' }.numerator", equalTo(online))
                .body("indicators.find { it.code == 'ONLINE_DOSSIER_SHARE' }.denominator", equalTo(all)));
    }

    @Test
    void dossiersCountOnceForTheirUnitAndEveryAncestor() throws Exception {
        publish(state("e1-" + run, "d1-" + run, 1, department, "ONLINE", "2022-06-01T01:30:00Z"));
        publish(state("e2-" + run, "d2-" + run, 1, department, "DIRECT", "2022-06-02T01:30:00Z"));
        publish(state("e3-" + run, "d3-" + run, 1, otherDepartment, "ONLINE", "2022-06-02T01:30:00Z"));

        awaitShare(province, 2, 3);
        awaitShare(department, 1, 2);
        given().queryParam("unit", department).queryParam("from", "2022-06-01").queryParam("to", "2022-09-01")
                .get("/api/v1/kpis").then()
                .body("indicators.find { it.code == 'ONLINE_DOSSIER_SHARE' }.percent", equalTo(50.0f))
                .body("indicators.find { it.code == 'ONLINE_DOSSIER_SHARE' }.target", equalTo(50.0f))
                .body("indicators.find { it.code == 'ONLINE_DOSSIER_SHARE' }.met", equalTo(true));
    }

    @Test
    void aCallerNamingIndicatorsGetsThoseOnlyInItsOrderAndAnUnknownCodeIsRefused() throws Exception {
        publish(state("e1n-" + run, "d1n-" + run, 1, department, "ONLINE", "2022-06-01T01:30:00Z"));
        publish(state("e2n-" + run, "d2n-" + run, 1, department, "DIRECT", "2022-06-02T01:30:00Z"));
        awaitShare(department, 1, 2);

        given().queryParam("unit", department).queryParam("from", "2022-06-01").queryParam("to", "2022-09-01")
                .queryParam("indicator", "LATE_RESOLUTION", "ONLINE_DOSSIER_SHARE", "LATE_RESOLUTION")
                .get("/api/v1/kpis").then().statusCode(200)
                .body("rulesVersion", equalTo("1"))
                .body("indicators.code", contains("LATE_RESOLUTION", "ONLINE_DOSSIER_SHARE"))
                .body("indicators[1].numerator", equalTo(1))
                .body("indicators[1].denominator", equalTo(2));
        given().queryParam("unit", department).queryParam("from", "2022-06-01").queryParam("to", "2022-09-01")
                .queryParam("indicator", "ONLINE_DOSSIER_SHARE", "NO_SUCH_INDICATOR")
                .get("/api/v1/kpis").then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("indicator"));
    }

    @Test
    void dossiersOfAUnitWhoseParentArrivesLaterJoinTheParentsFigures() throws Exception {
        String lateCommune = "X-" + run;
        String lateDistrict = "H12-" + run;
        publish(state("l1-" + run, "l1-" + run, 1, lateCommune, "ONLINE", "2022-06-05T01:30:00Z"));
        publish(state("l2-" + run, "l2-" + run, 1, lateCommune, "DIRECT", "2022-06-06T01:30:00Z"));
        awaitShare(province, 0, 0);
        unit(lateCommune, null, "COMMUNE");
        awaitShare(lateCommune, 1, 2);

        unit(lateDistrict, province, "DISTRICT");
        unit(lateCommune, lateDistrict, "COMMUNE");

        awaitShare(lateDistrict, 1, 2);
        awaitShare(province, 1, 2);
        given().queryParam("unit", province).queryParam("tier", "COMMUNE").queryParam("from", "2022-06-01")
                .queryParam("to", "2022-09-01").get("/api/v1/kpis").then().statusCode(200).body("tier", equalTo("COMMUNE"))
                .body("indicators.find { it.code == 'ONLINE_DOSSIER_SHARE' }.denominator", equalTo(2));
        given().queryParam("unit", province).queryParam("tier", "DISTRICT").queryParam("from", "2022-06-01")
                .queryParam("to", "2022-09-01").get("/api/v1/kpis").then().statusCode(200)
                .body("indicators.find { it.code == 'ONLINE_DOSSIER_SHARE' }.denominator", equalTo(0));
        given().queryParam("unit", province).queryParam("tier", "HAMLET").queryParam("from", "2022-06-01")
                .queryParam("to", "2022-09-01").get("/api/v1/kpis").then().statusCode(400)
                .body("violations[0].field", equalTo("tier"));
        unit(lateCommune, otherDepartment, "COMMUNE");
        awaitShare(lateDistrict, 0, 0);
        awaitShare(otherDepartment, 1, 2);
        awaitShare(province, 1, 2);
        // every subtree's rows — measures, the units' own rows, offering use — followed the two moves
        given().queryParam("unit", province).queryParam("from", "2022-01-01").queryParam("to", "2023-01-01")
                .post("/api/v1/kpis/reconcile").then().statusCode(200).body("differences", equalTo(0));
    }

    @Test
    void reconciliationFindsNoDriftAndFindsATamperedRow() throws Exception {
        publish(state("r1-" + run, "r1-" + run, 1, department, "ONLINE", "2022-08-01T01:30:00Z"));
        publish(state("r2-" + run, "r2-" + run, 1, otherDepartment, "DIRECT", "2022-08-02T01:30:00Z"));
        publish(state("r2b-" + run, "r2-" + run, 2, otherDepartment, "DIRECT", "2022-08-03T01:30:00Z"));
        awaitShare(province, 1, 2, "2022-08-01", "2022-09-01");

        given().queryParam("unit", province).queryParam("from", "2022-01-01").queryParam("to", "2023-01-01")
                .post("/api/v1/kpis/reconcile").then().statusCode(200)
                .body("dossiers", equalTo(2)).body("differences", equalTo(0));

        QuarkusTransaction.requiringNew().run(() -> jdbc.update("UPDATE kpi_daily SET value = value + 1 "
                + "WHERE unit_code = ? AND measure = 'RECEIVED' AND day = '2022-08-01'", List.of(department)));
        try {
            given().queryParam("unit", province).queryParam("from", "2022-08-01").queryParam("to", "2022-08-02")
                    .post("/api/v1/kpis/reconcile").then().statusCode(200)
                    .body("differences", equalTo(1))
                    .body("listed[0].table", equalTo("kpi_daily"))
                    .body("listed[0].unit", equalTo(department))
                    .body("listed[0].expected", equalTo(1)).body("listed[0].actual", equalTo(2));
        } finally {
            QuarkusTransaction.requiringNew().run(() -> jdbc.update("UPDATE kpi_daily SET value = value - 1 "
                    + "WHERE unit_code = ? AND measure = 'RECEIVED' AND day = '2022-08-01'", List.of(department)));
        }

        // a subtree's row per tier, read by its key: the scope's keys reach it too
        String departmentsOfProvince = province + "@DEPARTMENT";
        QuarkusTransaction.requiringNew().run(() -> jdbc.update("UPDATE kpi_rollup SET value = value + 5 WHERE scope_key = ? "
                + "AND measure = 'RECEIVED' AND grain = 'D' AND period_start = '2022-08-01'", List.of(departmentsOfProvince)));
        try {
            given().queryParam("unit", province).queryParam("from", "2022-08-01").queryParam("to", "2022-08-02")
                    .post("/api/v1/kpis/reconcile").then().statusCode(200)
                    .body("differences", equalTo(1))
                    .body("listed[0].table", equalTo("kpi_rollup"))
                    .body("listed[0].unit", equalTo(departmentsOfProvince))
                    .body("listed[0].expected", equalTo(1)).body("listed[0].actual", equalTo(6));
            // another unit's subtree does not hold that row
            given().queryParam("unit", otherDepartment).queryParam("from", "2022-08-01").queryParam("to", "2022-08-02")
                    .post("/api/v1/kpis/reconcile").then().statusCode(200).body("differences", equalTo(0));
        } finally {
            QuarkusTransaction.requiringNew().run(() -> jdbc.update("UPDATE kpi_rollup SET value = value - 5 WHERE scope_key = ? "
                    + "AND measure = 'RECEIVED' AND grain = 'D' AND period_start = '2022-08-01'", List.of(departmentsOfProvince)));
        }
    }

    @Test
    void unitsAreRankedSeriesStepThroughThePeriodAndTheMinistryPullsEveryUnit() throws Exception {
        publish(state("k1-" + run, "k1-" + run, 1, department, "ONLINE", "2022-09-01T01:30:00Z"));
        publish(state("k2-" + run, "k2-" + run, 1, otherDepartment, "DIRECT", "2022-09-02T01:30:00Z"));
        publish(state("k3-" + run, "k3-" + run, 1, otherDepartment, "ONLINE", "2022-09-02T02:30:00Z"));
        awaitShare(province, 2, 3, "2022-09-01", "2022-10-01");

        given().queryParam("indicator", "ONLINE_DOSSIER_SHARE").queryParam("tier", "DEPARTMENT")
                .queryParam("within", province).queryParam("from", "2022-09-01").queryParam("to", "2022-10-01")
                .get("/api/v1/kpis/ranking").then().statusCode(200)
                .body("units.unit", contains(department, otherDepartment))
                .body("units.rank", contains(1, 2))
                .body("units[1].figure.percent", equalTo(50.0f));
        given().queryParam("indicator", "ONLINE_DOSSIER_SHARE").queryParam("unit", province)
                .queryParam("from", "2022-08-31").queryParam("to", "2022-09-03").queryParam("step", "day")
                .get("/api/v1/kpis/series").then().statusCode(200)
                .body("points.from", contains("2022-08-31", "2022-09-01", "2022-09-02"))
                .body("points.figure.denominator", contains(0, 1, 2))
                .body("points.figure.numerator", contains(0, 1, 1));
        given().queryParam("indicator", "ONLINE_DOSSIER_SHARE").queryParam("from", "2022-09-01")
                .queryParam("to", "2022-10-01").queryParam("step", "week").get("/api/v1/kpis/series").then()
                .statusCode(200).body("points.from", contains("2022-09-01", "2022-09-05", "2022-09-12", "2022-09-19", "2022-09-26"));
        given().queryParam("unit", province).queryParam("from", "2022-09-01").queryParam("to", "2022-10-01")
                .get("/api/v1/emc/indicators").then().statusCode(200)
                .body("totalUnits", equalTo(3))
                .body("rows.findAll { it.indicator == 'ONLINE_DOSSIER_SHARE' }.unitCode", contains(province, department, otherDepartment))
                .body("rows.find { it.unitCode == '" + province + "' && it.indicator == 'ONLINE_DOSSIER_SHARE' }.numerator", equalTo(2))
                .body("rows[0].rulesVersion", equalTo("1"));
        given().queryParam("indicator", "NO_SUCH").queryParam("tier", "DISTRICT").queryParam("from", "2022-09-01")
                .queryParam("to", "2022-10-01").get("/api/v1/kpis/ranking").then().statusCode(400)
                .body("violations[0].field", equalTo("indicator"));
        given().queryParam("indicator", "ONLINE_DOSSIER_SHARE").queryParam("from", "2021-01-01")
                .queryParam("to", "2022-10-01").queryParam("step", "day").get("/api/v1/kpis/series").then()
                .statusCode(400).body("violations[0].field", equalTo("step"));
    }

    @Test
    void duplicatesAndStaleStatesChangeNothingAndANewerStateMovesTheDossier() throws Exception {
        DossierStateChanged first = state("f1-" + run, "f-" + run, 1, department, "ONLINE", "2022-06-01T03:30:00Z");
        publish(first);
        publish(first);
        awaitShare(department, 1, 1, "2022-06-01", "2022-09-01");

        // Received 2022-05-31 23:59 local: the day before the period.
        publish(state("f2-" + run, "f-" + run, 2, department, "ONLINE", "2022-05-31T16:59:00Z"));
        awaitShare(department, 0, 0, "2022-06-01", "2022-09-01");
        awaitShare(department, 1, 1, "2022-05-31", "2022-06-01");
        // Received 2022-06-01 00:01 local: the first day of the period.
        publish(state("f3-" + run, "f-" + run, 3, department, "ONLINE", "2022-05-31T17:01:00Z"));
        awaitShare(department, 1, 1, "2022-06-01", "2022-06-02");

        long staleOffset = publish(state("f0-" + run, "f-" + run, 1, department, "ONLINE", "2022-07-05T01:30:00Z"));
        awaitConsumedPast("dossier-events", "f-" + run, staleOffset);
        awaitShare(department, 1, 1, "2022-06-01", "2022-06-02");
        awaitShare(department, 0, 0, "2022-07-01", "2022-08-01");
    }

    /**
     * An answer names the instance that gave it, the newest acceptance it has applied and how many dossier events no
     * instance has applied yet; a record delivered twice is applied once and counted as a repeat.
     */
    @Test
    void anAnswerSaysHowFarBehindItsInstanceIsAndRepeatsAreCounted() throws Exception {
        double repeatsBefore = repeatedEvents();
        Instant acceptedAt = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        DossierStateChanged state = state("p1-" + run, "p-" + run, 1, department, "ONLINE", "2022-06-03T01:30:00Z");
        for (int copy = 0; copy < 2; copy++) {
            ProducerRecord<String, String> record = new ProducerRecord<>("dossier-events", state.dossierId(), json.writeValueAsString(state));
            record.headers().add(vn.dvc.commons.metrics.ConsumerMeters.APPENDED_AT,
                    Long.toString(acceptedAt.toEpochMilli()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            producer.send(record).get();
        }
        awaitShare(department, 1, 1);

        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            io.restassured.path.json.JsonPath answer = given().queryParam("unit", department).queryParam("from", "2022-06-01")
                    .queryParam("to", "2022-09-01").get("/api/v1/kpis").then().statusCode(200).extract().jsonPath();
            assertThat(answer.getString("progress.instance")).endsWith("/" + ProcessHandle.current().pid());
            assertThat(Instant.parse(answer.getString("progress.appliedThrough"))).isAfterOrEqualTo(acceptedAt);
            assertThat(answer.getString("progress.pendingEvents")).isEqualTo("0");
            assertThat(answer.getString("progress.pendingMeasuredAt")).isNotNull();
            assertThat(Instant.parse(answer.getString("progress.pendingMeasuredAt"))).isAfter(acceptedAt);
        });
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> repeatedEvents() >= repeatsBefore + 1);
        assertThat(appliedDossiers(department)).isEqualTo(1);
    }

    private static double repeatedEvents() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString().lines()
                .filter(line -> line.startsWith("dvc_consumer_repeated_events_total{") && line.contains("consumer=\"kpi-dossier-events\""))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }

    /** Waits until the kpi consumer group has committed past the offset: the record was processed. */
    private void awaitConsumedPast(String topic, String key, long offset) {
        int partition = org.apache.kafka.common.utils.Utils.toPositive(org.apache.kafka.common.utils.Utils.murmur2(
                key.getBytes(java.nio.charset.StandardCharsets.UTF_8))) % vn.dvc.contracts.Topic.DOSSIER_EVENTS.partitions();
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        try (org.apache.kafka.clients.admin.Admin admin = org.apache.kafka.clients.admin.Admin.create(properties)) {
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
                var committed = admin.listConsumerGroupOffsets(groupId).partitionsToOffsetAndMetadata().get()
                        .get(new TopicPartition(topic, partition));
                return committed != null && committed.offset() > offset;
            });
        }
    }

    @Test
    void aPoisonRecordGoesToTheDeadLetterTopicAndTheRestStillCounts() throws Exception {
        try (KafkaConsumer<String, String> deadLetters = deadLetterReader()) {
            producer.send(new ProducerRecord<>("dossier-events", "poison-" + run, "{not json")).get();
            publish(state("g1-" + run, "g-" + run, 1, otherDepartment, "ONLINE", "2022-07-01T01:30:00Z"));

            awaitShare(otherDepartment, 1, 1);
            List<ConsumerRecord<String, String>> received = new ArrayList<>();
            Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> {
                deadLetters.poll(Duration.ofMillis(200)).forEach(received::add);
                return received.stream().anyMatch(r -> ("poison-" + run).equals(r.key()));
            });
            ConsumerRecord<String, String> poison = received.stream().filter(r -> ("poison-" + run).equals(r.key())).findFirst().orElseThrow();
            assertThat(poison.value()).isEqualTo("{not json");
            assertThat(new String(poison.headers().lastHeader("dead-letter-topic").value())).isEqualTo("dossier-events");
        }
    }

    @Test
    void badQueriesAreProblems() {
        given().queryParam("unit", province).queryParam("from", "2022-13-01").queryParam("to", "2022-09-01")
                .get("/api/v1/kpis").then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("from"));
        given().queryParam("unit", province).queryParam("from", "2022-06-01")
                .get("/api/v1/kpis").then().statusCode(400).body("violations[0].field", equalTo("to"));
        // while catalogue changes of the other tests wait to be applied an unknown unit is "not yet" (503), then 404
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> given().queryParam("unit", "NO-SUCH-UNIT")
                .queryParam("from", "2022-06-01").queryParam("to", "2022-09-01").get("/api/v1/kpis").statusCode() != 503);
        given().queryParam("unit", "NO-SUCH-UNIT").queryParam("from", "2022-06-01").queryParam("to", "2022-09-01")
                .get("/api/v1/kpis").then().statusCode(404).contentType("application/problem+json");
        given().queryParam("unit", province).queryParam("from", "2022-09-01").queryParam("to", "2022-06-01")
                .get("/api/v1/kpis").then().statusCode(400).body("violations[0].field", equalTo("to"));
    }

    private KafkaConsumer<String, String> deadLetterReader() {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties, new StringDeserializer(), new StringDeserializer());
        TopicPartition partition = new TopicPartition("dossier-events-dlq", 0);
        consumer.assign(List.of(partition));
        consumer.seekToEnd(List.of(partition));
        consumer.position(partition);
        return consumer;
    }
}
