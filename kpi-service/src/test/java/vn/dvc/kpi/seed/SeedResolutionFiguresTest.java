package vn.dvc.kpi.seed;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.dvc.contracts.catalog.Tier;
import vn.dvc.contracts.catalog.UnitChanged;
import vn.dvc.contracts.dossier.Channel;
import vn.dvc.contracts.dossier.Closure;
import vn.dvc.contracts.dossier.DossierStateChanged.Deadline;
import vn.dvc.contracts.dossier.DossierStateChanged.Ending;
import vn.dvc.contracts.dossier.DossierStateChanged.Flags;
import vn.dvc.contracts.dossier.DossierStateChanged;
import vn.dvc.contracts.dossier.DossierStatus;
import vn.dvc.contracts.dossier.Timeliness;
import vn.dvc.rules.Ratio;
import vn.dvc.rules.time.PortalTime;

/**
 * The plan's indicator 5 for 2021-12-15 … 2022-05-15 (docs/counting-rules.md, "The seed's figures"): 290,170 received; 242,311
 * resolved of which 9,170 late (3.78%); 47,828 open of which 28 past due; 31 withdrawn. Replayed as dossier
 * snapshots on the real {@code dossier-events}, shuffled, a third of them sent twice and an older version of each
 * sent after the newer, all divided by {@code seed.factor} (10 in the normal run, 1 with {@code -Pseed-full});
 * reconciliation then finds no drift between the summary rows and the facts.
 */
@QuarkusTest
class SeedResolutionFiguresTest {

    private static final LocalDate FIRST_DAY = LocalDate.of(2021, 12, 15);
    private static final LocalDate DAY_AFTER = LocalDate.of(2022, 5, 16);

    private final int factor = Integer.parseInt(System.getProperty("seed.factor", "10"));
    private final int resolved = scaled(242_311);
    private final int late = scaled(9_170);
    private final int open = scaled(47_828);
    private final int overdue = Math.max(1, scaled(28));
    private final int withdrawn = Math.max(1, scaled(31));
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String province = "BP-" + run;
    private final String department = "H10-" + run;

    @Inject
    ObjectMapper json;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private int scaled(int figure) {
        return Math.round((float) figure / factor);
    }

    @Test
    void theSeedsResolutionFiguresComeOutOfTheSummaryRows() throws Exception {
        List<DossierStateChanged> finals = new ArrayList<>();
        for (int i = 0; i < resolved + open + withdrawn; i++) {
            finals.add(dossier(i));
        }
        List<DossierStateChanged> stream = new ArrayList<>(finals);
        stream.addAll(finals.subList(0, finals.size() / 3));
        Collections.shuffle(stream, new Random(20220515));
        finals.forEach(state -> stream.add(olderVersionOf(state)));
        publish(stream);

        Awaitility.await().atMost(Duration.ofSeconds(60 + finals.size() / 500)).pollInterval(Duration.ofSeconds(1))
                .until(() -> indicator(kpis(), "ON_TIME_RESOLUTION", "denominator") == resolved
                        && indicator(kpis(), "OPEN_OVERDUE", "breakdown.open") == open);
        JsonPath kpis = kpis();
        assertThat(indicator(kpis, "ONLINE_DOSSIER_SHARE", "denominator")).isEqualTo(resolved + open + withdrawn);
        assertThat(indicator(kpis, "ON_TIME_RESOLUTION", "breakdown.late")).isEqualTo(late);
        assertThat(indicator(kpis, "LATE_RESOLUTION", "numerator")).isEqualTo(late);
        assertThat(kpis.getString("indicators.find { it.code == 'LATE_RESOLUTION' }.percent"))
                .isEqualTo(Ratio.of(late, resolved).percent().toPlainString());
        assertThat(indicator(kpis, "OPEN_OVERDUE", "value")).isEqualTo(overdue);
        assertThat(indicator(kpis, "OPEN_OVERDUE", "breakdown.open")).isEqualTo(open);
        if (factor == 1) {
            assertThat(kpis.getString("indicators.find { it.code == 'LATE_RESOLUTION' }.percent")).isEqualTo("3.78");
        }
        given().queryParam("unit", province).queryParam("from", "2021-01-01").queryParam("to", "2023-01-01")
                .post("/api/v1/kpis/reconcile").then().statusCode(200)
                .body("dossiers", equalTo(finals.size()))
                .body("differences", equalTo(0));
    }

    /** Resolved (the first {@code late} of them late), then open (the first {@code overdue} past due), then withdrawn. */
    private DossierStateChanged dossier(int i) {
        LocalDate day = FIRST_DAY.plusDays(i % 150);
        Instant receivedAt = at(day, 9);
        if (i < resolved) {
            boolean isLate = i < late;
            Instant due = at(day.plusDays(isLate ? 1 : 7), 17);
            Ending ending = new Ending(Closure.RESOLVED, at(day.plusDays(2), 10), isLate ? Timeliness.LATE : Timeliness.EARLY);
            return state(i, 2, receivedAt, new Deadline(due, due, null, 0, 0), ending);
        }
        if (i < resolved + open) {
            Instant due = i < resolved + overdue ? at(LocalDate.of(2022, 5, 10), 17) : at(LocalDate.of(2022, 6, 30), 17);
            return state(i, 2, receivedAt, new Deadline(due, due, null, 0, 0), null);
        }
        Instant due = at(day.plusDays(7), 17);
        return state(i, 2, receivedAt, new Deadline(due, due, null, 0, 0), new Ending(Closure.WITHDRAWN, at(day.plusDays(1), 8), null));
    }

    /** What the dossier looked like at receipt: stale once the newer version is in, whatever order they arrive in. */
    private DossierStateChanged olderVersionOf(DossierStateChanged state) {
        return new DossierStateChanged(UUID.randomUUID().toString(), state.occurredAt(), state.dossierId(), 1,
                state.sourceEventId(), state.unitCode(), state.serviceCode(), Channel.DIRECT, DossierStatus.RECEIVED,
                state.receivedAt(), List.of(), Tier.DEPARTMENT, null, null, state.deadline(), null, null, new Flags(false, false, false));
    }

    private DossierStateChanged state(int i, long version, Instant receivedAt, Deadline deadline, Ending ending) {
        return new DossierStateChanged(UUID.randomUUID().toString(), Instant.now(), "seed-" + run + "-" + i, version,
                "p-" + i, department, "1.004227", i % 5 == 0 ? Channel.ONLINE : Channel.DIRECT,
                ending == null ? DossierStatus.PROCESSING : DossierStatus.valueOf(ending.closure().name()), receivedAt,
                List.of("p-" + i), Tier.DEPARTMENT, null,
                null, deadline, ending, null, new Flags(false, false, false));
    }

    private static Instant at(LocalDate day, int hour) {
        return day.atTime(LocalTime.of(hour, 0)).atZone(PortalTime.LOCAL_ZONE).toInstant();
    }

    private void publish(List<DossierStateChanged> stream) throws Exception {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        properties.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        properties.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(properties, new StringSerializer(), new StringSerializer())) {
            for (UnitChanged unit : List.of(
                    new UnitChanged(UUID.randomUUID().toString(), Instant.now(), province, "Tỉnh Bình Phước", Tier.PROVINCE, null, null),
                    new UnitChanged(UUID.randomUUID().toString(), Instant.now(), department, "Sở Tư pháp", Tier.DEPARTMENT, province, null))) {
                producer.send(new ProducerRecord<>("catalog-events", unit.key(), json.writeValueAsString(unit))).get();
            }
            for (DossierStateChanged state : stream) {
                producer.send(new ProducerRecord<>("dossier-events", state.dossierId(), json.writeValueAsString(state)));
            }
            producer.flush();
        }
    }

    private JsonPath kpis() {
        return given().queryParam("unit", province).queryParam("from", FIRST_DAY.toString())
                .queryParam("to", DAY_AFTER.toString()).get("/api/v1/kpis").then().extract().jsonPath();
    }

    private static long indicator(JsonPath kpis, String code, String field) {
        Number value = kpis.get("indicators.find { it.code == '" + code + "' }." + field);
        return value == null ? -1 : value.longValue();
    }
}
