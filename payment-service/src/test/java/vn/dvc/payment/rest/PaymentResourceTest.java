package vn.dvc.payment.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static vn.dvc.payment.rest.PaymentTestData.post;
import static vn.dvc.payment.rest.PaymentTestData.postBatch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigInteger;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.IntFunction;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dvc.commons.testing.TopicReader;

/** Payments through the real service, database and topics; units come from the real catalog-events. */
@QuarkusTest
class PaymentResourceTest {

    private static final String JUNE_1 = "2022-06-01T10:00:00+07:00";

    private final PaymentTestData data = new PaymentTestData();
    private final String run = data.run;

    @Inject
    EntityManager entityManager;
    @Inject
    ObjectMapper json;

    @BeforeEach
    void units() throws Exception {
        data.announceUnits();
    }

    private long stored(String transactionId) {
        return (Long) entityManager.createQuery("select count(p) from Payment p where p.transactionId = :id")
                .setParameter("id", transactionId).getSingleResult();
    }

    @Test
    void aPaymentIsStoredExactlyAndPublishedAndItsStatusMovesOnlyForwardALateReportChangingNothing() throws Exception {
        String id = "TX-" + run;
        try (TopicReader topic = new TopicReader("payment-events")) {
            post(data.payment(id, data.branch(1), "LAND_OBLIGATION", 999_999_999_999_999L, "FAILED", JUNE_1))
                    .statusCode(202).body("outcome", equalTo("ACCEPTED"));
            post(data.payment(id, data.branch(1), "LAND_OBLIGATION", 999_999_999_999_999L, "SUCCESS", JUNE_1))
                    .statusCode(202).body("outcome", equalTo("UPDATED"));
            post(data.payment(id, data.branch(1), "LAND_OBLIGATION", 999_999_999_999_999L, "SUCCESS", JUNE_1))
                    .statusCode(202).body("outcome", equalTo("DUPLICATE"));
            post(data.payment(id, data.branch(1), "LAND_OBLIGATION", 999_999_999_999_999L, "REFUNDED", JUNE_1))
                    .statusCode(202).body("outcome", equalTo("UPDATED"));
            post(data.payment(id, data.branch(1), "LAND_OBLIGATION", 999_999_999_999_999L, "SUCCESS", JUNE_1))
                    .statusCode(202).body("outcome", equalTo("DUPLICATE"));
            post(data.payment(id, data.branch(1), "LAND_OBLIGATION", 5L, "REFUNDED", JUNE_1))
                    .statusCode(409).contentType("application/problem+json").body("violations[0].field", equalTo("amountVnd"));

            Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> topic.records().stream()
                    .filter(record -> id.equals(record.key())).count() == 3);
            List<ConsumerRecord<String, String>> published = topic.records().stream()
                    .filter(record -> id.equals(record.key())).toList();
            JsonNode last = json.readTree(published.get(2).value());
            assertThat(published).extracting(record -> json.readTree(record.value()).get("status").asText())
                    .containsExactly("FAILED", "SUCCESS", "REFUNDED");
            assertThat(last.get("type").asText()).isEqualTo("PaymentRecorded");
            assertThat(last.get("version").asLong()).isEqualTo(3);
            assertThat(last.get("amountVnd").asLong()).isEqualTo(999_999_999_999_999L);
            assertThat(last.get("unitTier").asText()).isEqualTo("DISTRICT");
        }
        given().get("/api/v1/payments/" + id).then().statusCode(200)
                .body("status", equalTo("REFUNDED")).body("version", equalTo(3))
                .body("amountVnd", equalTo(999_999_999_999_999L)).body("paidAt", equalTo("2022-06-01T10:00:00+07:00"));
    }

    @Test
    void badReportsAreRefusedNamingTheFieldAndNothingIsStored() {
        Map<String, Object> unknownUnit = data.payment("B1-" + run, "NO-SUCH-UNIT", "FEE", 1000, "SUCCESS", JUNE_1);
        Map<String, Object> zero = data.payment("B2-" + run, data.commune, "FEE", 0, "SUCCESS", JUNE_1);
        Map<String, Object> negative = data.payment("B3-" + run, data.commune, "FEE", -5, "SUCCESS", JUNE_1);
        Map<String, Object> fractional = data.payment("B4-" + run, data.commune, "FEE", 1000, "SUCCESS", JUNE_1);
        fractional.put("amountVnd", 1000.5);
        Map<String, Object> kind = data.payment("B5-" + run, data.commune, "TAX", 1000, "SUCCESS", JUNE_1);
        Map<String, Object> time = data.payment("B6-" + run, data.commune, "FEE", 1000, "SUCCESS", "01/06/2022");
        Map<String, Object> tooBig = data.payment("B7-" + run, data.commune, "FEE", 1000, "SUCCESS", JUNE_1);
        tooBig.put("amountVnd", new BigInteger("10000000000000000000"));
        Map<String, Object> ancient = data.payment("B8-" + run, data.commune, "FEE", 1000, "SUCCESS", "1999-12-31T10:00:00");

        post(unknownUnit).statusCode(422).contentType("application/problem+json").body("violations[0].field", equalTo("unitCode"));
        post(zero).statusCode(400).body("violations[0].field", equalTo("amountVnd"));
        post(negative).statusCode(400).body("violations[0].field", equalTo("amountVnd"));
        post(fractional).statusCode(400).body("violations[0].field", equalTo("amountVnd"));
        post(kind).statusCode(400).body("violations[0].field", equalTo("kind")).body("detail", containsString("TAX"));
        post(time).statusCode(400).body("violations[0].field", equalTo("paidAt"));
        post(tooBig).statusCode(400).body("violations[0].field", equalTo("amountVnd"));
        post(ancient).statusCode(422).body("violations[0].field", equalTo("paidAt"));
        for (int i = 1; i <= 8; i++) {
            assertThat(stored("B" + i + "-" + run)).isZero();
        }
        postBatch(List.of()).statusCode(400);
        given().get("/api/v1/payments/NO-SUCH-" + run).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void thePlansPaymentFiguresComeOutExactly() {
        // 2022-01-01 … 05-15: 26,653 land-obligation payments for 165.1 billion VND across the land office's
        // branches, and 403 fee payments for 130.2 million VND at district and commune level.
        List<Map<String, Object>> reports = new ArrayList<>();
        reports.addAll(spread("L", 26_653, 165_100_000_000L, "LAND_OBLIGATION", i -> data.branch(1 + i % PaymentTestData.BRANCHES)));
        reports.addAll(spread("F", 403, 130_200_000L, "FEE", i -> i % 3 == 0 ? data.district : data.commune));
        for (int from = 0; from < reports.size(); from += 1_000) {
            postBatch(reports.subList(from, Math.min(reports.size(), from + 1_000))).statusCode(202);
        }

        given().queryParam("unit", data.province).queryParam("kind", "LAND_OBLIGATION")
                .queryParam("from", "2022-01-01").queryParam("to", "2022-05-16")
                .get("/api/v1/payments/tally").then().statusCode(200)
                .body("total.success.count", equalTo(26_653))
                .body("total.success.amountVnd", equalTo(165_100_000_000L));
        given().queryParam("unit", data.province).queryParam("kind", "FEE").queryParam("groupBy", "tier")
                .queryParam("from", "2022-01-01").queryParam("to", "2022-05-16")
                .get("/api/v1/payments/tally").then().statusCode(200)
                .body("groups.key", contains("COMMUNE", "DISTRICT"))
                .body("groups.success.count", contains(268, 135))
                .body("total.success.count", equalTo(403))
                .body("total.success.amountVnd", equalTo(130_200_000));
        given().queryParam("unit", data.province).queryParam("groupBy", "month")
                .queryParam("from", "2022-01-01").queryParam("to", "2022-05-16")
                .get("/api/v1/payments/tally").then().statusCode(200)
                .body("groups.key", contains("2022-01", "2022-02", "2022-03", "2022-04", "2022-05"));
    }

    /** {@code count} successful payments over 2022-01-01 … 05-15 whose amounts add up to exactly {@code total}. */
    private List<Map<String, Object>> spread(String prefix, int count, long total, String kind,
                                             IntFunction<String> unitOf) {
        List<Map<String, Object>> payments = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long amount = total / count + (i < total % count ? 1 : 0);
            String day = LocalDate.of(2022, 1, 1).plusDays(i % 135).toString();
            payments.add(data.payment(prefix + i + "-" + run, unitOf.apply(i), kind, amount, "SUCCESS", day + "T09:00:00"));
        }
        return payments;
    }

    @Test
    void aShuffledAndDuplicatedStreamGivesTheSameTallies() {
        Random random = new Random(20220515);
        List<Map<String, Object>> reports = new ArrayList<>();
        Map<String, Long> expected = new HashMap<>(Map.of("SUCCESS", 0L, "FAILED", 0L, "REFUNDED", 0L));
        for (int n = 0; n < 300; n++) {
            int i = n;
            long amount = 1_000 + random.nextInt(5_000_000);
            List<String> history = switch (i % 4) {
                case 0 -> List.of("SUCCESS");
                case 1 -> List.of("FAILED", "SUCCESS");
                case 2 -> List.of("SUCCESS", "REFUNDED");
                default -> List.of("FAILED");
            };
            history.forEach(status -> reports.add(data.payment("S" + i + "-" + run, data.commune, "FEE", amount,
                    status, "2022-03-0" + (1 + i % 9) + "T08:00:00")));
            expected.merge(history.get(history.size() - 1), amount, Long::sum);
        }
        List<Map<String, Object>> stream = new ArrayList<>(reports);
        stream.addAll(reports.subList(0, 150));
        Collections.shuffle(stream, random);
        postBatch(stream.subList(0, 300)).statusCode(202);
        postBatch(stream.subList(300, stream.size())).statusCode(202);

        JsonPath tally = given().queryParam("unit", data.commune)
                .queryParam("from", "2022-03-01").queryParam("to", "2022-04-01")
                .get("/api/v1/payments/tally").then().statusCode(200).extract().jsonPath();
        assertThat(tally.getLong("total.success.count")).isEqualTo(150);
        assertThat(tally.getLong("total.success.amountVnd")).isEqualTo(expected.get("SUCCESS"));
        assertThat(tally.getLong("total.refunded.count")).isEqualTo(75);
        assertThat(tally.getLong("total.refunded.amountVnd")).isEqualTo(expected.get("REFUNDED"));
        assertThat(tally.getLong("total.failed.count")).isEqualTo(75);
        assertThat(tally.getLong("total.failed.amountVnd")).isEqualTo(expected.get("FAILED"));
    }

    @Test
    void theAppendixListsSuccessfulPaymentsPerUnitAndFieldAsJsonAndCsv() {
        postBatch(List.of(
                data.payment("A1-" + run, data.branch(2), "LAND_OBLIGATION", 1_500_000, "SUCCESS", JUNE_1),
                data.payment("A2-" + run, data.branch(2), "LAND_OBLIGATION", 2_500_000, "SUCCESS", JUNE_1),
                data.payment("A3-" + run, data.commune, "FEE", 50_000, "SUCCESS", JUNE_1),
                data.payment("A4-" + run, data.commune, "FEE", 70_000, "FAILED", JUNE_1))).statusCode(202);

        given().queryParam("unit", data.province).queryParam("from", "2022-06-01").queryParam("to", "2022-06-02")
                .get("/api/v1/payments/appendix-5").then().statusCode(200)
                .body("unitCode", contains(data.commune, data.branch(2)))
                .body("[1].unitName", equalTo("Chi nhánh Văn phòng Đăng ký đất đai số 2"))
                .body("[1].count", equalTo(2)).body("[1].amountVnd", equalTo(4_000_000))
                .body("[0].amountVnd", equalTo(50_000));
        String csv = given().queryParam("unit", data.province).queryParam("from", "2022-06-01")
                .queryParam("to", "2022-06-02").queryParam("format", "csv")
                .get("/api/v1/payments/appendix-5").then().statusCode(200)
                .contentType(startsWith("text/csv")).extract().asString();
        assertThat(csv).startsWith("\uFEFFSTT,Mã đơn vị,Tên đơn vị,Lĩnh vực,Số giao dịch thanh toán trực tuyến,Số tiền (VNĐ)\r\n");
        assertThat(csv).contains("2," + data.branch(2) + ",Chi nhánh Văn phòng Đăng ký đất đai số 2,Đất đai,2,4000000\r\n");
    }

    @Test
    void badTallyParametersAreNamed() {
        given().queryParam("to", "2022-02-01").get("/api/v1/payments/tally").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("from"));
        given().queryParam("from", "2022-01-01").queryParam("to", "2022-02-01").queryParam("groupBy", "week")
                .get("/api/v1/payments/tally").then().statusCode(400).body("violations[0].field", equalTo("groupBy"));
        given().queryParam("from", "2022-01-01").queryParam("to", "2022-02-01").queryParam("unit", "NO-SUCH-" + run)
                .get("/api/v1/payments/tally").then().statusCode(422).body("violations[0].field", equalTo("unit"));
        given().queryParam("from", "2022-02-01").queryParam("to", "2022-01-01")
                .get("/api/v1/payments/tally").then().statusCode(400).body("violations[0].field", equalTo("to"));
    }

    @Test
    void coverageCountsTheUnitsOfAKindWithPaymentEnabled() {
        for (int i = 1; i <= PaymentTestData.BRANCHES - 1; i++) {
            enable(data.branch(i), true);
        }
        enable(data.landOffice, true);
        given().queryParam("unit", data.province).queryParam("kind", "land_office")
                .get("/api/v1/payment-accounts/coverage").then().statusCode(200)
                .body("enabledUnits", equalTo(11)).body("units", equalTo(12)).body("percent", equalTo(91.67f))
                .body("missing", contains(data.branch(PaymentTestData.BRANCHES)));

        enable(data.branch(PaymentTestData.BRANCHES), true);
        given().queryParam("unit", data.landOffice).get("/api/v1/payment-accounts/coverage").then().statusCode(200)
                .body("enabledUnits", equalTo(12)).body("units", equalTo(12));
        given().get("/api/v1/payment-accounts/" + data.landOffice).then().statusCode(200)
                .body("enabled", equalTo(true)).body("provider", equalTo("VNPAY")).body("since", equalTo("2022-01-01"));

        given().contentType(ContentType.JSON).body("{\"enabled\":true}").put("/api/v1/payment-accounts/NO-SUCH-" + run)
                .then().statusCode(422).body("violations[0].field", equalTo("unitCode"));
        given().contentType(ContentType.JSON).body("{\"provider\":\"VNPAY\"}").put("/api/v1/payment-accounts/" + data.commune)
                .then().statusCode(400).body("violations[0].field", equalTo("enabled"));
        given().contentType(ContentType.JSON).body("{\"enabled\":true,\"since\":\"1/1/2022\"}")
                .put("/api/v1/payment-accounts/" + data.commune).then().statusCode(400)
                .body("violations[0].field", equalTo("since"));
        given().queryParam("kind", "BANK").get("/api/v1/payment-accounts/coverage").then().statusCode(400)
                .body("violations[0].field", equalTo("kind"));
        given().get("/api/v1/payment-accounts/" + data.commune).then().statusCode(404);
    }

    private void enable(String unit, boolean enabled) {
        given().contentType(ContentType.JSON)
                .body("{\"enabled\":" + enabled + ",\"provider\":\"VNPAY\",\"since\":\"2022-01-01\"}")
                .put("/api/v1/payment-accounts/" + unit).then().statusCode(200).body("enabled", equalTo(enabled));
    }
}
