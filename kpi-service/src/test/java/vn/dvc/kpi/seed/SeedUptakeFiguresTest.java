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
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.dvc.contracts.catalog.ServiceChanged;
import vn.dvc.contracts.catalog.Tier;
import vn.dvc.contracts.catalog.UnitChanged;
import vn.dvc.contracts.dossier.Channel;
import vn.dvc.contracts.dossier.DossierStateChanged.Flags;
import vn.dvc.contracts.dossier.DossierStateChanged;
import vn.dvc.contracts.dossier.DossierStatus;
import vn.dvc.rules.time.PortalTime;

/**
 * The plan's indicator 1 on 2022-05-15 (docs/counting-rules.md, "The seed's figures"): a catalogue of 1,784 services — province
 * 1,446 (L2 109, L3 115, L4 1,222), district 244 (18, 47, 179), commune 94 (6, 31, 57) — of which 1,651 offerings
 * are level 3/4, and dossiers for 449 of them: 449 / 1,651 = 27.20%. The test's catalogue shares the kpi database
 * with other tests' services, so the whole-catalogue denominator is checked as what this catalogue added to it.
 */
@QuarkusTest
class SeedUptakeFiguresTest {

    private static final LocalDate FROM = LocalDate.of(2022, 1, 1);
    private static final LocalDate TO = LocalDate.of(2022, 5, 16);
    private static final int DEPARTMENTS = 5;
    private static final int DISTRICTS = 3;

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String province = "BP-" + run;
    private final List<ServiceChanged> catalogue = new ArrayList<>();

    @Inject
    ObjectMapper json;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private String department(int i) {
        return "SO" + i + "-" + run;
    }

    private String district(int i) {
        return "H" + i + "-" + run;
    }

    private String commune(int i) {
        return "X" + i + "-" + run;
    }

    @Test
    void fourHundredFortyNineOfTheCataloguesSixteenHundredFiftyOneOfferingsWereUsed() throws Exception {
        try (KafkaProducer<String, String> producer = producer()) {
            publishTree(producer);
            ServiceChanged marker = service("MARKER", "PROVINCE", "FULL", department(1));
            send(producer, "catalog-events", marker.key(), marker);
            Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> unused(department(1)).getList("items.serviceCode")
                    .contains(marker.code()));
            long baseline = uptake(null).getLong("denominator");

            buildCatalogue();
            for (ServiceChanged service : catalogue) {
                send(producer, "catalog-events", service.key(), service);
            }
            List<DossierStateChanged> dossiers = dossiers();
            for (DossierStateChanged dossier : dossiers) {
                send(producer, "dossier-events", dossier.dossierId(), dossier);
            }
            producer.flush();

            Awaitility.await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).until(() ->
                    uptake(null).getLong("denominator") == baseline + 1_651 && uptake(province).getLong("numerator") == 449);
        }
        JsonPath whole = uptake(null);
        JsonPath provinceUptake = uptake(province);
        assertThat(whole.getLong("denominator") - 1_651).as("only this catalogue was added").isGreaterThanOrEqualTo(0);
        assertThat(provinceUptake.getLong("numerator")).isEqualTo(449);
        assertThat(provinceUptake.getLong("denominator")).isGreaterThanOrEqualTo(1_651);
        assertThat(kpis(province).getLong("indicators.find { it.code == 'ONLINE_SERVICE_UPTAKE_ONLINE' }.numerator"))
                .isEqualTo(200);
        // A department's scope is the provincial offerings it owns: department 1 owns 1,337 / 5 + the marker.
        JsonPath ownOfferings = uptake(department(2));
        assertThat(ownOfferings.getLong("denominator")).isEqualTo(267);
        assertThat(unused(province).getLong("total")).isEqualTo(provinceUptake.getLong("denominator") - 449);
        assertThat(unused(department(2)).getLong("total")).isEqualTo(267 - ownOfferings.getLong("numerator"));
    }

    /** Province 1,446 (L2 109, L3 115, L4 1,222), district 244 (18, 47, 179), commune 94 (6, 31, 57). */
    private void buildCatalogue() {
        addTier("PROVINCE", 109, 115, 1_222);
        addTier("DISTRICT", 18, 47, 179);
        addTier("COMMUNE", 6, 31, 57);
    }

    private void addTier(String tier, int none, int partial, int full) {
        for (int i = 0; i < none + partial + full; i++) {
            String mode = i < none ? "NONE" : i < none + partial ? "PARTIAL" : "FULL";
            String owner = "PROVINCE".equals(tier) ? department(1 + i % DEPARTMENTS) : null;
            catalogue.add(service(tier + "-" + i, tier, mode, owner));
        }
    }

    /**
     * 449 distinct level-3/4 offerings used — 300 provincial (at their owning department), 100 district, 49 commune —
     * the first 200 of them online; some used three times; level-2 offerings used too (never counted); and one
     * level-3/4 offering used only after the period.
     */
    private List<DossierStateChanged> dossiers() {
        List<DossierStateChanged> dossiers = new ArrayList<>();
        List<ServiceChanged> provincial = levelThreeOrFour("PROVINCE");
        List<ServiceChanged> districtLevel = levelThreeOrFour("DISTRICT");
        List<ServiceChanged> communeLevel = levelThreeOrFour("COMMUNE");
        List<ServiceChanged> used = new ArrayList<>(provincial.subList(0, 300));
        used.addAll(districtLevel.subList(0, 100));
        used.addAll(communeLevel.subList(0, 49));
        for (int i = 0; i < used.size(); i++) {
            ServiceChanged service = used.get(i);
            int copies = i % 7 == 0 ? 3 : 1;
            for (int copy = 0; copy < copies; copy++) {
                dossiers.add(dossier(service, i < 200 && copy == 0 ? "ONLINE" : "DIRECT", FROM.plusDays(i % 130)));
            }
        }
        catalogue.stream().filter(service -> "NONE".equals(service.offerings().get(0).onlineMode())).limit(20)
                .forEach(service -> dossiers.add(dossier(service, "ONLINE", FROM.plusDays(3))));
        dossiers.add(dossier(provincial.get(400), "ONLINE", TO));
        return dossiers;
    }

    private List<ServiceChanged> levelThreeOrFour(String tier) {
        return catalogue.stream().filter(service -> service.offerings().get(0).tier().name().equals(tier))
                .filter(service -> !"NONE".equals(service.offerings().get(0).onlineMode())).toList();
    }

    private DossierStateChanged dossier(ServiceChanged service, String channel, LocalDate day) {
        ServiceChanged.Offering offering = service.offerings().get(0);
        String unit;
        String unitTier;
        switch (offering.tier().name()) {
            case "PROVINCE" -> {
                unit = offering.ownerUnitCode();
                unitTier = "DEPARTMENT";
            }
            case "DISTRICT" -> {
                unit = district(1 + Math.floorMod(service.code().hashCode(), DISTRICTS));
                unitTier = "DISTRICT";
            }
            default -> {
                unit = commune(1 + Math.floorMod(service.code().hashCode(), DISTRICTS));
                unitTier = "COMMUNE";
            }
        }
        Instant receivedAt = day.atTime(9, 0).atZone(PortalTime.LOCAL_ZONE).toInstant();
        String dossierId = "K1-" + UUID.randomUUID();
        return new DossierStateChanged(UUID.randomUUID().toString(), Instant.now(), dossierId, 1, "p", unit,
                service.code(), Channel.valueOf(channel), DossierStatus.RECEIVED, receivedAt, List.of("p"),
                Tier.valueOf(unitTier), null, null, null, null, null,
                new Flags(false, false, false));
    }

    private ServiceChanged service(String suffix, String tier, String mode, String owner) {
        Integer level = switch (mode) {
            case "FULL" -> 4;
            case "PARTIAL" -> 3;
            default -> 2;
        };
        return new ServiceChanged(UUID.randomUUID().toString(), Instant.now(), "S-" + run + "-" + suffix,
                "Thủ tục " + suffix, "Lĩnh vực", false,
                List.of(new ServiceChanged.Offering(Tier.valueOf(tier), level, mode, owner)));
    }

    private void publishTree(KafkaProducer<String, String> producer) throws Exception {
        List<UnitChanged> units = new ArrayList<>();
        units.add(unit(province, "PROVINCE", null));
        for (int i = 1; i <= DEPARTMENTS; i++) {
            units.add(unit(department(i), "DEPARTMENT", province));
        }
        for (int i = 1; i <= DISTRICTS; i++) {
            units.add(unit(district(i), "DISTRICT", province));
            units.add(unit(commune(i), "COMMUNE", district(i)));
        }
        for (UnitChanged unit : units) {
            send(producer, "catalog-events", unit.key(), unit);
        }
    }

    private static UnitChanged unit(String code, String tier, String parent) {
        return new UnitChanged(UUID.randomUUID().toString(), Instant.now(), code, "Đơn vị " + code, Tier.valueOf(tier), parent, null);
    }

    private void send(KafkaProducer<String, String> producer, String topic, String key, Object event) throws Exception {
        producer.send(new ProducerRecord<>(topic, key, json.writeValueAsString(event)));
    }

    private KafkaProducer<String, String> producer() {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.LINGER_MS_CONFIG, 10);
        properties.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 1);
        return new KafkaProducer<>(properties, new StringSerializer(), new StringSerializer());
    }

    private JsonPath kpis(String unit) {
        return given().queryParam("unit", unit).queryParam("from", FROM.toString()).queryParam("to", TO.toString())
                .get("/api/v1/kpis").then().statusCode(200).extract().jsonPath();
    }

    private JsonPath uptake(String unit) {
        var request = given().queryParam("from", FROM.toString()).queryParam("to", TO.toString());
        if (unit != null) {
            request = request.queryParam("unit", unit);
        }
        JsonPath kpis = request.get("/api/v1/kpis").then().statusCode(200).extract().jsonPath();
        return new JsonPath(json.valueToTree(kpis.getMap("indicators.find { it.code == 'ONLINE_SERVICE_UPTAKE' }")).toString());
    }

    private JsonPath unused(String unit) {
        return given().queryParam("unit", unit).queryParam("from", FROM.toString()).queryParam("to", TO.toString())
                .queryParam("size", 1000).get("/api/v1/kpis/unused-offerings").then().statusCode(200).extract().jsonPath();
    }
}
