package vn.dvc.payment.rest;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.ConfigProvider;
import vn.dvc.contracts.catalog.Tier;
import vn.dvc.contracts.catalog.UnitChanged;

/**
 * A test's own unit tree, announced on the real {@code catalog-events} as dossier-service would, with unique codes:
 * a province, its land registration office with 11 branches, a district and a commune.
 */
final class PaymentTestData {

    static final int BRANCHES = 11;
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    final String run = UUID.randomUUID().toString().substring(0, 8);
    final String province = "BP-" + run;
    final String landOffice = "VPDK-" + run;
    final String district = "H11-" + run;
    final String commune = "H11.01-" + run;

    String branch(int number) {
        return landOffice + ".CN" + number;
    }

    PaymentTestData announceUnits() throws Exception {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(properties, new StringSerializer(), new StringSerializer())) {
            send(producer, unit(province, "Tỉnh Bình Phước", "PROVINCE", null, null));
            send(producer, unit(landOffice, "Văn phòng Đăng ký đất đai", "DEPARTMENT", province, "LAND_OFFICE"));
            for (int i = 1; i <= BRANCHES; i++) {
                send(producer, unit(branch(i), "Chi nhánh Văn phòng Đăng ký đất đai số " + i, "DISTRICT", landOffice, "LAND_OFFICE"));
            }
            send(producer, unit(district, "UBND huyện Đồng Phú", "DISTRICT", province, null));
            send(producer, unit(commune, "UBND xã Tân Lập", "COMMUNE", district, "ONE_STOP_SHOP"));
        }
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> given().queryParam("unit", province)
                .get("/api/v1/payment-accounts/coverage").then().extract().statusCode() == 200
                && given().queryParam("unit", province).get("/api/v1/payment-accounts/coverage").then().extract()
                .<Integer>path("units") == BRANCHES + 4);
        return this;
    }

    private static UnitChanged unit(String code, String name, String tier, String parent, String kind) {
        return new UnitChanged(UUID.randomUUID().toString(), Instant.now(), code, name, Tier.valueOf(tier), parent, kind);
    }

    private static void send(KafkaProducer<String, String> producer, UnitChanged unit) throws Exception {
        producer.send(new ProducerRecord<>("catalog-events", unit.key(), JSON.writeValueAsString(unit))).get();
    }

    Map<String, Object> payment(String transactionId, String unitCode, String kind, long amount, String status,
                                String paidAt) {
        Map<String, Object> payment = new LinkedHashMap<>();
        payment.put("transactionId", transactionId);
        payment.put("unitCode", unitCode);
        payment.put("field", "LAND_OBLIGATION".equals(kind) ? "Đất đai" : "Hộ tịch");
        payment.put("kind", kind);
        payment.put("amountVnd", amount);
        payment.put("status", status);
        payment.put("paidAt", paidAt);
        payment.put("provider", "VNPAY");
        return payment;
    }

    static ValidatableResponse post(Object body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/payments").then();
    }

    static ValidatableResponse postBatch(List<?> body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/payments/batch").then();
    }
}
