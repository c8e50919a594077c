package vn.dvc.kpi.messaging;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
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
import vn.dvc.contracts.catalog.Tier;
import vn.dvc.contracts.catalog.UnitChanged;
import vn.dvc.contracts.dossier.Channel;
import vn.dvc.contracts.dossier.DossierStateChanged.Flags;
import vn.dvc.contracts.dossier.DossierStateChanged;
import vn.dvc.contracts.dossier.DossierStatus;
import vn.dvc.contracts.payment.PaymentAccountChanged;
import vn.dvc.contracts.payment.PaymentRecorded;

/** payment-events and dossier-events on the real topics, in any order → the payment indicators. */
@QuarkusTest
class KpiPaymentsFlowTest {

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String province = "BP-" + run;
    private final String district = "H11-" + run;
    private final String commune = "X1-" + run;

    @Inject
    ObjectMapper json;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void paymentsMeetTheirDossiersWhateverOrderTheyArriveIn() throws Exception {
        try (KafkaProducer<String, String> producer = producer()) {
            send(producer, "catalog-events", unit(province, "PROVINCE", null));
            send(producer, "catalog-events", unit(district, "DISTRICT", province));
            send(producer, "catalog-events", unit(commune, "COMMUNE", district));
            // A payment before its dossier, one after, a refund of a third, a payment without dossier.
            send(producer, "payment-events", payment("T1", 1, "D1", district, 100_000, "SUCCESS"));
            send(producer, "dossier-events", feeBearingDossier("D1", district));
            send(producer, "dossier-events", feeBearingDossier("D2", commune));
            send(producer, "payment-events", payment("T2", 1, "D2", commune, 50_000, "SUCCESS"));
            send(producer, "dossier-events", feeBearingDossier("D3", commune));
            send(producer, "payment-events", payment("T3", 1, "D3", commune, 70_000, "SUCCESS"));
            send(producer, "payment-events", payment("T3", 2, "D3", commune, 70_000, "REFUNDED"));
            send(producer, "payment-events", payment("T3", 1, "D3", commune, 70_000, "SUCCESS"));
            send(producer, "payment-events", payment("T4", 1, null, district, 999_999_999_999_999L, "SUCCESS"));
            send(producer, "dossier-events", feeBearingDossier("D4", district));
            send(producer, "payment-events", account(district, true, 10));
            send(producer, "payment-events", account(commune, true, 20));
            send(producer, "payment-events", account(commune, false, 30));
            send(producer, "payment-events", account(district, false, 5));
        }

        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given()
                .queryParam("unit", province).queryParam("from", "2022-06-01").queryParam("to", "2022-07-01")
                .get("/api/v1/kpis").then().statusCode(200)
                .body("indicators.find { it.code == 'ONLINE_PAYMENT_SHARE' }.numerator", equalTo(2))
                .body("indicators.find { it.code == 'ONLINE_PAYMENT_SHARE' }.denominator", equalTo(4))
                .body("indicators.find { it.code == 'ONLINE_PAYMENT_SHARE' }.percent", equalTo(50.0f))
                .body("indicators.find { it.code == 'PAYMENT_AMOUNT_VND' }.value", equalTo(1_000_000_000_149_999L))
                .body("indicators.find { it.code == 'PAYMENT_AMOUNT_VND' }.breakdown.payments", equalTo(3))
                .body("indicators.find { it.code == 'PAYMENT_ENABLED_UNITS' }.numerator", equalTo(1))
                .body("indicators.find { it.code == 'PAYMENT_ENABLED_UNITS' }.denominator", equalTo(3)));
    }

    private String id(String name) {
        return name + "-" + run;
    }

    private UnitChanged unit(String code, String tier, String parent) {
        return new UnitChanged(UUID.randomUUID().toString(), Instant.now(), code, "Đơn vị " + code, Tier.valueOf(tier), parent, null);
    }

    private DossierStateChanged feeBearingDossier(String name, String unit) {
        return new DossierStateChanged(UUID.randomUUID().toString(), Instant.now(), id(name), 1, "p", unit, "1.000001",
                Channel.ONLINE, DossierStatus.RECEIVED, Instant.parse("2022-06-02T02:00:00Z"), List.of("p"), Tier.DISTRICT,
                null, null, null,
                null, null, new Flags(false, false, true));
    }

    private PaymentRecorded payment(String name, long version, String dossier, String unit, long amount, String status) {
        return new PaymentRecorded(UUID.randomUUID().toString(), Instant.now(), id(name), version,
                dossier == null ? null : id(dossier), unit, Tier.DISTRICT, "Hộ tịch", "FEE", amount, status,
                Instant.parse("2022-06-03T02:00:00Z"), "VNPAY");
    }

    private PaymentAccountChanged account(String unit, boolean enabled, int second) {
        return new PaymentAccountChanged(UUID.randomUUID().toString(), Instant.parse("2022-06-01T00:00:00Z").plusSeconds(second),
                unit, enabled, "VNPAY", null);
    }

    private void send(KafkaProducer<String, String> producer, String topic, UnitChanged unit) throws Exception {
        send(producer, topic, unit.key(), unit);
    }

    private void send(KafkaProducer<String, String> producer, String topic, DossierStateChanged dossier) throws Exception {
        send(producer, topic, dossier.dossierId(), dossier);
    }

    private void send(KafkaProducer<String, String> producer, String topic, PaymentRecorded payment) throws Exception {
        send(producer, topic, payment.key(), payment);
    }

    private void send(KafkaProducer<String, String> producer, String topic, PaymentAccountChanged account) throws Exception {
        send(producer, topic, account.key(), account);
    }

    private void send(KafkaProducer<String, String> producer, String topic, String key, Object event) throws Exception {
        producer.send(new ProducerRecord<>(topic, key, json.writeValueAsString(event))).get();
    }

    private KafkaProducer<String, String> producer() {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        return new KafkaProducer<>(properties, new StringSerializer(), new StringSerializer());
    }
}
