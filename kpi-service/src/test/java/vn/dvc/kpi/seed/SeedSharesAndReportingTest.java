package vn.dvc.kpi.seed;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.function.IntPredicate;
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
import vn.dvc.contracts.dossier.DossierStateChanged.Flags;
import vn.dvc.contracts.dossier.DossierStateChanged;
import vn.dvc.contracts.dossier.DossierStatus;
import vn.dvc.contracts.report.DossierTotalsReported;
import vn.dvc.contracts.report.ReportObligationChanged;
import vn.dvc.rules.Ratio;
import vn.dvc.rules.time.PortalTime;

/**
 * The plan's indicator 2 for 2021-12-15 … 2022-03-14 (docs/counting-rules.md, "The seed's figures": 30,615 online of 141,618 =
 * 21.62%; with the units' own totals, 217,622 in all, 14.07% and 76,004 never entered — one unit's surplus hiding
 * nobody's gap) and its GRIS figures for Q1/2022 (111 communes: II.01b 75, II.05a 107, II.06 111), replayed on the
 * real topics; the dossier counts divided by {@code seed.factor} (1 with {@code -Pseed-full}).
 */
@QuarkusTest
class SeedSharesAndReportingTest {

    private static final LocalDate FROM = LocalDate.of(2021, 12, 15);
    private static final LocalDate TO = LocalDate.of(2022, 3, 15);
    private static final int COMMUNES = 111;
    private static final Instant DEADLINE = LocalDate.of(2022, 4, 15).atTime(17, 0).atZone(PortalTime.LOCAL_ZONE).toInstant();

    private final int factor = Integer.parseInt(System.getProperty("seed.factor", "10"));
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String province = "BP-" + run;
    private final String district = "H-" + run;
    /** Per unit: dossiers in the portal, of them online, and the unit's own total (the third reports fewer). */
    private final long[][] units = {{60_000, 15_000, 100_000}, {50_000, 10_000, 86_004}, {31_618, 5_615, 30_618}};

    @Inject
    ObjectMapper json;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private long scaled(long figure) {
        return Math.round((double) figure / factor);
    }

    private String unit(int i) {
        return "SO" + i + "-" + run;
    }

    private String commune(int i) {
        return "X" + i + "-" + run;
    }

    @Test
    void theSeedsOnlineSharesAndGrisReportingComeOutOfTheSummaryRows() throws Exception {
        long portal = 0;
        long online = 0;
        long notEntered = 0;
        try (KafkaProducer<String, String> producer = producer()) {
            send(producer, "catalog-events", "unit/" + province, new UnitChanged(id(), Instant.now(), province, "Tỉnh", Tier.PROVINCE, null, null));
            send(producer, "catalog-events", "unit/" + district, new UnitChanged(id(), Instant.now(), district, "Huyện", Tier.DISTRICT, province, null));
            for (int u = 0; u < units.length; u++) {
                send(producer, "catalog-events", "unit/" + unit(u), new UnitChanged(id(), Instant.now(), unit(u), "Sở", Tier.DEPARTMENT, province, null));
            }
            for (int c = 0; c < COMMUNES; c++) {
                send(producer, "catalog-events", "unit/" + commune(c), new UnitChanged(id(), Instant.now(), commune(c), "Xã", Tier.COMMUNE, district, null));
            }
            for (int u = 0; u < units.length; u++) {
                long dossiers = scaled(units[u][0]);
                long onlineDossiers = scaled(units[u][1]);
                long reported = scaled(units[u][2]);
                for (long i = 0; i < dossiers; i++) {
                    DossierStateChanged dossier = dossier(unit(u), i < onlineDossiers ? "ONLINE" : "DIRECT", FROM.plusDays(i % 90));
                    send(producer, "dossier-events", dossier.dossierId(), dossier);
                }
                // A first, smaller report, replaced by the later one.
                send(producer, "report-events", "totals", new DossierTotalsReported(id(), Instant.parse("2022-03-15T01:00:00Z"),
                        unit(u), FROM, TO, reported / 2, "bảng tổng hợp"));
                send(producer, "report-events", "totals", new DossierTotalsReported(id(), Instant.parse("2022-03-16T01:00:00Z"),
                        unit(u), FROM, TO, reported, "bảng tổng hợp"));
                portal += dossiers;
                online += onlineDossiers;
                notEntered += Math.max(0, reported - dossiers);
            }
            for (ReportObligationChanged obligation : grisObligations()) {
                send(producer, "report-events", obligation.key(), obligation);
            }
            producer.flush();
        }
        long expectedPortal = portal;
        long expectedNotEntered = notEntered;
        Awaitility.await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).until(() ->
                figure(kpis(province, FROM, TO), "ONLINE_DOSSIER_SHARE_REPORTED", "denominator") == expectedPortal + expectedNotEntered
                        && figure(kpis(district, LocalDate.of(2022, 4, 1), LocalDate.of(2022, 5, 1)), "REPORT_COMPLETION", "denominator") == 333);

        JsonPath shares = kpis(province, FROM, TO);
        assertThat(figure(shares, "ONLINE_DOSSIER_SHARE", "numerator")).isEqualTo(online);
        assertThat(figure(shares, "ONLINE_DOSSIER_SHARE", "denominator")).isEqualTo(portal);
        assertThat(figure(shares, "DOSSIERS_NOT_ENTERED", "value")).isEqualTo(notEntered);
        assertThat(percent(shares, "ONLINE_DOSSIER_SHARE_REPORTED"))
                .isEqualTo(Ratio.of(online, portal + notEntered).percent().toPlainString());
        if (factor == 1) {
            assertThat(percent(shares, "ONLINE_DOSSIER_SHARE")).isEqualTo("21.62");
            assertThat(figure(shares, "ONLINE_DOSSIER_SHARE_REPORTED", "denominator")).isEqualTo(217_622);
            assertThat(figure(shares, "DOSSIERS_NOT_ENTERED", "value")).isEqualTo(76_004);
            assertThat(percent(shares, "ONLINE_DOSSIER_SHARE_REPORTED")).isEqualTo("14.07");
        }
        JsonPath reporting = kpis(district, LocalDate.of(2022, 4, 1), LocalDate.of(2022, 5, 1));
        assertThat(figure(reporting, "REPORT_COMPLETION", "numerator")).isEqualTo(75 + 107 + 111);
        assertThat(figure(reporting, "ONLINE_REPORTING", "numerator")).isEqualTo(onlineSubmissions());
        assertThat(figure(reporting, "REPORT_TIMELINESS", "numerator")).isEqualTo(onTimeSubmissions());
        assertThat(percent(reporting, "REPORT_COMPLETION")).isEqualTo("87.99");
    }

    /** 111 communes × II.01b (75 submitted), II.05a (107), II.06 (111); even communes online, every fifth late. */
    private List<ReportObligationChanged> grisObligations() {
        List<ReportObligationChanged> obligations = new ArrayList<>();
        String[] forms = {"II.01b", "II.05a", "II.06"};
        int[] submitted = {75, 107, 111};
        for (int f = 0; f < forms.length; f++) {
            for (int c = 0; c < COMMUNES; c++) {
                String obligationId = "GRIS/" + forms[f] + "/" + commune(c) + "/2022-Q1";
                obligations.add(new ReportObligationChanged(id(), Instant.now(), obligationId, 1, forms[f], "GRIS",
                        commune(c), "2022-Q1", DEADLINE, null, null, true));
                if (c < submitted[f]) {
                    Instant at = c % 5 == 0 ? DEADLINE.plusSeconds(86_400) : DEADLINE.minusSeconds(86_400);
                    ReportObligationChanged done = new ReportObligationChanged(id(), Instant.now(), obligationId, 2,
                            forms[f], "GRIS", commune(c), "2022-Q1", DEADLINE, at, c % 2 == 0 ? "ONLINE" : "PAPER", true);
                    obligations.add(done);
                    obligations.add(done);
                    obligations.add(new ReportObligationChanged(id(), Instant.now(), obligationId, 1, forms[f], "GRIS",
                            commune(c), "2022-Q1", DEADLINE, null, null, true));
                }
            }
        }
        return obligations;
    }

    private long onlineSubmissions() {
        return countSubmitted(c -> c % 2 == 0);
    }

    private long onTimeSubmissions() {
        return countSubmitted(c -> c % 5 != 0);
    }

    private long countSubmitted(IntPredicate which) {
        long count = 0;
        for (int submitted : new int[] {75, 107, 111}) {
            for (int c = 0; c < submitted; c++) {
                count += which.test(c) ? 1 : 0;
            }
        }
        return count;
    }

    private DossierStateChanged dossier(String unit, String channel, LocalDate day) {
        return new DossierStateChanged(id(), Instant.now(), "K2-" + UUID.randomUUID(), 1, "p", unit, "1.000001",
                Channel.valueOf(channel), DossierStatus.RECEIVED, day.atTime(9, 0).atZone(PortalTime.LOCAL_ZONE).toInstant(),
                List.of("p"), Tier.DEPARTMENT,
                null, null, null, null, null, new Flags(false, false, false));
    }

    private static String id() {
        return UUID.randomUUID().toString();
    }

    private void send(KafkaProducer<String, String> producer, String topic, String key, Object event) throws Exception {
        producer.send(new ProducerRecord<>(topic, key, json.writeValueAsString(event)));
    }

    private KafkaProducer<String, String> producer() {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        properties.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        properties.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 1);
        return new KafkaProducer<>(properties, new StringSerializer(), new StringSerializer());
    }

    private JsonPath kpis(String unit, LocalDate from, LocalDate to) {
        return given().queryParam("unit", unit).queryParam("from", from.toString()).queryParam("to", to.toString())
                .get("/api/v1/kpis").then().extract().jsonPath();
    }

    private static long figure(JsonPath kpis, String code, String field) {
        Number value = kpis.get("indicators.find { it.code == '" + code + "' }." + field);
        return value == null ? -1 : value.longValue();
    }

    private static String percent(JsonPath kpis, String code) {
        return kpis.getString("indicators.find { it.code == '" + code + "' }.percent");
    }
}
