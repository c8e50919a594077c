package vn.dvc.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Through the gateway and the real servers: units put at dossier-service reach payment-service and kpi-service over
 * catalog-events; a batch of dossier events yields a dossier's state, an overdue worklist and the indicators;
 * payments yield exact tallies and the payment indicators.
 */
class IntakeAndPaymentsThroughGatewayTest {

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String province = "BP-" + run;
    private final String district = "H11-" + run;
    private final String service = "2.000889-" + run;

    @BeforeAll
    static void suite() {
        RestAssured.baseURI = RunningSuite.gateway().toString();
        RestAssured.port = RunningSuite.gateway().getPort();
    }

    @Test
    void dossiersAndPaymentsOfOneDistrict() {
        given().contentType(ContentType.JSON)
                .body("[{\"code\":\"" + province + "\",\"name\":\"Tỉnh Bình Phước\",\"tier\":\"PROVINCE\"},"
                        + "{\"code\":\"" + district + "\",\"name\":\"UBND huyện Đồng Phú\",\"tier\":\"DISTRICT\",\"parentCode\":\"" + province + "\"}]")
                .put("/api/v1/units").then().statusCode(200);
        given().contentType(ContentType.JSON)
                .body("[{\"code\":\"" + service + "\",\"name\":\"Đăng ký khai sinh\",\"field\":\"Hộ tịch\","
                        + "\"feeBearing\":false,\"offerings\":[{\"tier\":\"DISTRICT\",\"onlineMode\":\"FULL\"}]}]")
                .put("/api/v1/services").then().statusCode(200);

        String received = Instant.now().minusSeconds(3 * 86_400).toString();
        String due = Instant.now().minusSeconds(3_600).toString();
        given().contentType(ContentType.JSON)
                .body("[{\"eventId\":\"e1-" + run + "\",\"dossierId\":\"D-" + run + "\",\"status\":2,\"occurredAt\":\""
                        + received + "\",\"unitCode\":\"" + district + "\",\"serviceCode\":\"" + service
                        + "\",\"channel\":\"2\",\"dueAt\":\"" + due + "\"},"
                        + "{\"eventId\":\"e2-" + run + "\",\"dossierId\":\"D-" + run + "\",\"status\":\"PROCESSING\","
                        + "\"occurredAt\":\"" + received + "\"}]")
                .post("/api/v1/dossier-events/batch").then().statusCode(202)
                .body("outcome", contains("ACCEPTED", "ACCEPTED"));
        given().get("/api/v1/dossiers/D-" + run).then().statusCode(200)
                .body("channel", equalTo("ONLINE")).body("open", equalTo(true)).body("version", equalTo(2));
        given().queryParam("unit", province).get("/api/v1/dossiers/overdue").then().statusCode(200)
                .body("items.dossierId", contains("D-" + run));
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().queryParam("unit", province)
                .queryParam("from", today.minusDays(5).toString()).queryParam("to", today.plusDays(1).toString())
                .get("/api/v1/kpis").then().statusCode(200)
                .body("indicators.find { it.code == 'ONLINE_DOSSIER_SHARE' }.numerator", equalTo(1))
                .body("indicators.find { it.code == 'OPEN_OVERDUE' }.value", equalTo(1))
                .body("indicators.find { it.code == 'OPEN_OVERDUE' }.breakdown.open", equalTo(1)));

        RunningSuite.awaitUnitsKnown("/api/v1/payment-accounts/coverage", Map.of(), province, district);
        given().contentType(ContentType.JSON)
                .body("[{\"transactionId\":\"T1-" + run + "\",\"unitCode\":\"" + district + "\",\"field\":\"Hộ tịch\","
                        + "\"kind\":\"FEE\",\"amountVnd\":100000000000000,\"status\":\"SUCCESS\","
                        + "\"paidAt\":\"2022-06-01T09:00:00\",\"provider\":\"VNPAY\"},"
                        + "{\"transactionId\":\"T2-" + run + "\",\"unitCode\":\"" + district + "\",\"field\":\"Hộ tịch\","
                        + "\"kind\":\"FEE\",\"amountVnd\":1,\"status\":\"SUCCESS\","
                        + "\"paidAt\":\"2022-06-01T09:00:00\",\"provider\":\"VNPAY\"}]")
                .post("/api/v1/payments/batch").then().statusCode(202).body("outcome", contains("ACCEPTED", "ACCEPTED"));
        given().queryParam("unit", province).queryParam("from", "2022-06-01").queryParam("to", "2022-06-02")
                .get("/api/v1/payments/tally").then().statusCode(200)
                .body("total.success.count", equalTo(2)).body("total.success.amountVnd", equalTo(100_000_000_000_001L));
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().queryParam("unit", province)
                .queryParam("from", "2022-06-01").queryParam("to", "2022-06-02").get("/api/v1/kpis").then().statusCode(200)
                .body("indicators.find { it.code == 'PAYMENT_AMOUNT_VND' }.value", equalTo(100_000_000_000_001L))
                .body("indicators.find { it.code == 'PAYMENT_AMOUNT_VND' }.breakdown.payments", equalTo(2)));
        given().get("/api/v1/campaigns/KH-170-2022").then().statusCode(200).body("targets.ONLINE_DOSSIER_SHARE", equalTo(50.0f));
    }
}
