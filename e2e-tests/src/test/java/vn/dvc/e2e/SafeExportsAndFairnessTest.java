package vn.dvc.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;

import io.restassured.http.ContentType;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Exports that are data, not code: a unit's name and a payment's field that start like a spreadsheet formula come out
 * as text in every CSV and XLSX that carries them. And one key's heavy requests are bounded: past its share it is
 * answered 429 with Retry-After, and served again once its requests have ended.
 */
class SafeExportsAndFairnessTest {

    private static final String FORMULA_NAME = "=HYPERLINK(\"http://evil.example\",\"Bấm vào đây\")";
    private static final String FORMULA_FIELD = "@SUM(1+1)*cmd|' /C calc'!A0";

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String province = "FX-" + run;
    private final String district = "FX-H-" + run;

    @Test
    void formulaLikeTextComesOutAsTextInEveryExport() throws Exception {
        RunningSuite.gateway();
        given().contentType(ContentType.JSON).body(List.of(Map.of("code", province, "name", "Tỉnh thử", "tier", "PROVINCE"),
                        Map.of("code", district, "name", FORMULA_NAME, "tier", "DISTRICT", "parentCode", province)))
                .put("/api/v1/units").then().statusCode(200);
        RunningSuite.awaitUnitsKnown("/api/v1/payment-accounts/coverage", Map.of(), province, district);
        RunningSuite.awaitUnitsKnown("/api/v1/kpis", Map.of("from", "2022-06-01", "to", "2022-06-02"), province, district);
        given().contentType(ContentType.JSON).body(List.of(Map.of("transactionId", "FX-T-" + run, "unitCode", district,
                        "field", FORMULA_FIELD, "kind", "FEE", "amountVnd", 50_000, "status", "SUCCESS",
                        "paidAt", "2022-06-01T09:00:00", "provider", "-VNPAY")))
                .post("/api/v1/payments/batch").then().statusCode(202).body("outcome", contains("ACCEPTED"));
        Map<String, String> period = Map.of("unit", province, "from", "2022-06-01", "to", "2022-06-02");

        String paymentCsv = new String(given().queryParams(period).queryParam("format", "csv").get("/api/v1/payments/appendix-5")
                .then().statusCode(200).extract().asByteArray(), StandardCharsets.UTF_8);
        assertThat(paymentCsv).contains("\"'" + FORMULA_NAME.replace("\"", "\"\"") + "\"", ",'" + FORMULA_FIELD + ",");
        assertThat(paymentCsv).doesNotContain("," + FORMULA_NAME.substring(0, 10));

        String appendixCsv = new String(given().queryParams(period).queryParam("format", "csv").get("/api/v1/appendices/5")
                .then().statusCode(200).extract().asByteArray(), StandardCharsets.UTF_8);
        assertThat(appendixCsv).contains("'" + FORMULA_FIELD.substring(0, 9));

        byte[] appendixXlsx = given().queryParams(period).queryParam("format", "xlsx").get("/api/v1/appendices/5")
                .then().statusCode(200).extract().asByteArray();
        List<Cell> formulaLike = formulaLikeCells(appendixXlsx);
        assertThat(formulaLike).extracting(Cell::getStringCellValue).contains(FORMULA_NAME, FORMULA_FIELD);
        assertThat(formulaLike).allSatisfy(cell -> {
            assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
            assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
        });
        byte[] appendixTwo = given().queryParams(period).queryParam("format", "xlsx").get("/api/v1/appendices/2")
                .then().statusCode(200).extract().asByteArray();
        assertThat(formulaLikeCells(appendixTwo)).extracting(Cell::getStringCellValue).contains(FORMULA_NAME);
    }

    @Test
    void aKeysHeavyRequestsAreBoundedThenServedAgain() throws Exception {
        URI gateway = RunningSuite.gateway();
        String key = given().contentType(ContentType.JSON).body(Map.of("name", "heavy " + run, "role", "ops"))
                .post("/api/v1/api-keys").then().statusCode(201).extract().jsonPath().getString("token");
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest bulletin = HttpRequest.newBuilder(URI.create(gateway + "/api/v1/bulletins")).timeout(Duration.ofSeconds(120))
                .header("X-API-Key", key).POST(HttpRequest.BodyPublishers.noBody()).build();
        List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            sent.add(http.sendAsync(bulletin, HttpResponse.BodyHandlers.ofString()));
        }
        List<HttpResponse<String>> answers = sent.stream().map(CompletableFuture::join).toList();
        List<HttpResponse<String>> refused = answers.stream().filter(answer -> answer.statusCode() == 429).toList();
        assertThat(refused).as("two run, the others are refused at once").hasSize(2);
        assertThat(refused.get(0).headers().firstValue("Retry-After")).hasValue("5");
        assertThat(refused.get(0).body()).contains("heavy requests running");
        assertThat(answers).filteredOn(answer -> answer.statusCode() != 429).extracting(HttpResponse::statusCode).containsOnly(201);
        assertThat(http.send(bulletin, HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(201);
    }

    @Test
    void aChunkedBodyOverTheLimitIsRefusedWithNothingStored() throws Exception {
        URI gateway = RunningSuite.gateway();
        String event = "{\"eventId\":\"CH-" + run + "\",\"dossierId\":\"D-CH-" + run + "\",\"status\":\"RECEIVED\","
                + "\"occurredAt\":\"2022-06-01T08:00:00+07:00\",\"unitCode\":\"BP\",\"serviceCode\":\"x\",\"channel\":\"ONLINE\","
                + "\"dueAt\":\"2022-06-08T17:00:00+07:00\",\"padding\":\"" + "x".repeat(2_200_000) + "\"}";
        byte[] batch = ("[" + event + "]").getBytes(StandardCharsets.UTF_8);
        HttpRequest chunked = HttpRequest.newBuilder(URI.create(gateway + "/api/v1/dossier-events/batch"))
                .header("X-API-Key", RunningSuite.key("portal")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(batch))).build();
        HttpResponse<String> answer = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(chunked, HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        given().get("/api/v1/dossiers/D-CH-" + run).then().statusCode(404);
    }

    private static List<Cell> formulaLikeCells(byte[] xlsx) throws Exception {
        List<Cell> cells = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.STRING && !cell.getStringCellValue().isEmpty()
                                && "=+-@".indexOf(cell.getStringCellValue().charAt(0)) >= 0) {
                            cells.add(cell);
                        }
                    }
                }
            }
        }
        return cells;
    }
}
