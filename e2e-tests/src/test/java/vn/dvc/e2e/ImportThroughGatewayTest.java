package vn.dvc.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dvc.launcher.ImportCommand;
import vn.dvc.launcher.SuiteService;

/**
 * A provincial office's history file through the real gateway and services: sent with {@code ./suite import}'s own
 * command, its rows become dossiers and figures; an upload whose declared digest lies is refused whole; an import
 * whose service is killed in the middle reads on from its last committed row when the service is back.
 */
class ImportThroughGatewayTest {

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String province = "BP-" + run;
    private final String department = "H10-" + run;
    private final String service = "1.004227-" + run;

    @TempDir
    Path files;

    @BeforeAll
    static void suite() {
        RestAssured.baseURI = RunningSuite.gateway().toString();
        RestAssured.port = RunningSuite.gateway().getPort();
    }

    /** {@code dossiers} dossiers received in June 2022, every third one online, and a row of an unknown unit. */
    private Path eventsFile(int dossiers) throws IOException {
        StringBuilder csv = new StringBuilder("Mã hồ sơ,Trạng thái,Thời điểm,Đơn vị xử lý,Mã TTHC,Kênh,Hạn xử lý,Họ tên\n");
        for (int i = 0; i < dossiers; i++) {
            String day = String.format("%02d/06/2022", 1 + i % 28);
            csv.append("HS-").append(run).append('-').append(i).append(",RECEIVED,").append(day).append(" 08:30,").append(department)
                    .append(',').append(service).append(',').append(i % 3 == 0 ? "ONLINE" : "DIRECT").append(',')
                    .append(String.format("%02d/07/2022 17:00", 1 + i % 28)).append(",Nguyễn Văn A\n");
        }
        csv.append("HS-").append(run).append("-x,RECEIVED,01/06/2022 08:30,NO-UNIT-").append(run).append(',').append(service)
                .append(",ONLINE,08/06/2022 17:00,\n");
        Path file = files.resolve("lich-su-" + run + ".csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return file;
    }

    private void awaitOnlineShare(int online, int all) {
        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().queryParam("unit", province)
                .queryParam("from", "2022-06-01").queryParam("to", "2022-07-01").get("/api/v1/kpis").then().statusCode(200)
                .body("indicators.find { it.code == 'ONLINE_DOSSIER_SHARE' }.numerator", equalTo(online))
                .body("indicators.find { it.code == 'ONLINE_DOSSIER_SHARE' }.denominator", equalTo(all)));
    }

    @Test
    void theCommandSendsAFileShowsItsProgressAndItsRowsBecomeFigures() throws IOException {
        RunningSuite.provinceWithADepartmentAndAService(province, department, service);
        Path file = eventsFile(30);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        ImportCommand command = new ImportCommand(RunningSuite.gateway(), RunningSuite.key("ops"),
                new PrintStream(printed, true, StandardCharsets.UTF_8), false);

        int status = command.send(file, Optional.empty());

        String output = printed.toString(StandardCharsets.UTF_8);
        assertThat(status).isZero();
        assertThat(output).contains("Importing lich-su-" + run + ".csv as dossier-events")
                .containsPattern("\\[#{24}\\] 100 %  read 31 · accepted 30 · duplicate 0 · rejected 1 · [0-9,]+ rows/s · 0 s left")
                .contains("Done: 31 rows read, 30 accepted, 0 duplicate, 1 rejected.")
                .contains("/api/v1/imports/").contains("/rejections");
        given().get("/api/v1/dossiers/HS-" + run + "-0").then().statusCode(200).body("channel", equalTo("ONLINE"));
        awaitOnlineShare(10, 30);

        ByteArrayOutputStream again = new ByteArrayOutputStream();
        assertThat(new ImportCommand(RunningSuite.gateway(), RunningSuite.key("ops"), new PrintStream(again, true, StandardCharsets.UTF_8),
                false).send(file, Optional.of("dossier-events"))).isZero();
        assertThat(again.toString(StandardCharsets.UTF_8)).contains("Done: 31 rows read, 0 accepted, 30 duplicate, 1 rejected.");
        awaitOnlineShare(10, 30);
    }

    @Test
    void aKeyThatMayNotImportAndALyingDigestAreRefusedWhole() throws IOException {
        RunningSuite.provinceWithADepartmentAndAService(province, department, service);
        byte[] file = Files.readAllBytes(eventsFile(3));
        int before = given().get("/api/v1/imports").then().statusCode(200).extract().jsonPath().getList("").size();
        given().header("X-API-Key", RunningSuite.key("ministry")).contentType("text/csv").body(file).post("/api/v1/imports")
                .then().statusCode(403);
        given().header("Content-Digest", "sha-256=:" + "A".repeat(43) + "=:").contentType("text/csv").body(file)
                .post("/api/v1/imports").then().statusCode(400).body("violations.field", hasItem("Content-Digest"));
        assertThat(given().get("/api/v1/imports").then().extract().jsonPath().getList("")).hasSize(before);
        given().get("/api/v1/dossiers/HS-" + run + "-0").then().statusCode(404);
    }

    @Test
    void anImportKilledInTheMiddleReadsOnFromItsLastCommittedRow() throws IOException {
        RunningSuite.provinceWithADepartmentAndAService(province, department, service);
        int dossiers = 30_000;
        byte[] file = Files.readAllBytes(eventsFile(dossiers));
        String id = given().contentType("text/csv").body(file).post("/api/v1/imports?name=big.csv").then().statusCode(202)
                .extract().path("id");
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50))
                .until(() -> progress(id).getLong("rowsRead") >= 1_000);
        JsonPath beforeTheCrash = progress(id);
        assertThat(beforeTheCrash.getString("status")).as("the import is still running when its service is killed").isEqualTo("RUNNING");

        RunningSuite.crashAndRestart(SuiteService.DOSSIER);

        assertThat(progress(id).getLong("rowsRead")).as("read on, not from the start").isGreaterThanOrEqualTo(beforeTheCrash.getLong("rowsRead"));
        Awaitility.await().atMost(Duration.ofSeconds(180)).until(() -> progress(id).getString("status").equals("DONE"));
        JsonPath done = progress(id);
        assertThat(done.getLong("rowsRead")).isEqualTo(dossiers + 1);
        assertThat(done.getLong("accepted")).as("no row taken twice, none skipped").isEqualTo(dossiers);
        assertThat(done.getLong("duplicate")).isZero();
        assertThat(done.getLong("rejected")).isEqualTo(1);
        awaitOnlineShare(dossiers / 3, dossiers);
    }

    @Test
    void filesOfPaymentsAndOfUnitsTotalsGoThroughTheirOwnServicesIntakes() throws IOException {
        RunningSuite.provinceWithADepartmentAndAService(province, department, service);
        RunningSuite.awaitUnitsKnown("/api/v1/payment-accounts/coverage", Map.of(), province, department);
        Path payments = files.resolve("thanh-toan.csv");
        Files.writeString(payments, "Mã giao dịch;Mã hồ sơ;Mã đơn vị;Lĩnh vực;Loại;Số tiền;Trạng thái;Ngày thanh toán;Kênh thanh toán\n"
                + "GD1-" + run + ";HS-" + run + "-1;" + department + ";Tư pháp;FEE;50.000;SUCCESS;01/06/2022 09:00;VNPT Pay\n"
                + "GD2-" + run + ";;" + department + ";Tư pháp;FEE;20.000;SUCCESS;02/06/2022 10:15;VNPT Pay\n"
                + "GD3-" + run + ";;" + department + ";Tư pháp;FEE;-5;SUCCESS;02/06/2022 10:15;VNPT Pay\n", StandardCharsets.UTF_8);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        ImportCommand command = new ImportCommand(RunningSuite.gateway(), RunningSuite.key("ops"),
                new PrintStream(printed, true, StandardCharsets.UTF_8), false);

        assertThat(command.send(payments, Optional.empty())).isZero();
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("as payments").contains("Done: 3 rows read, 2 accepted, 0 duplicate, 1 rejected.");
        given().queryParam("unit", province).queryParam("from", "2022-06-01").queryParam("to", "2022-06-03")
                .get("/api/v1/payments/tally").then().statusCode(200)
                .body("total.success.count", equalTo(2)).body("total.success.amountVnd", equalTo(70_000));

        Path totals = files.resolve("tong-so.csv");
        Files.writeString(totals, "Đơn vị,Từ ngày,Đến ngày,Tổng số hồ sơ,Nguồn\n"
                + department + ",01/06/2022,01/07/2022,120,sổ tiếp nhận\n"
                + "NO-UNIT-" + run + ",01/06/2022,01/07/2022,5,sổ\n", StandardCharsets.UTF_8);
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        assertThat(new ImportCommand(RunningSuite.gateway(), RunningSuite.key("ops"), new PrintStream(again, true, StandardCharsets.UTF_8),
                false).send(totals, Optional.of("dossier-totals"))).isZero();
        assertThat(again.toString(StandardCharsets.UTF_8)).contains("Done: 2 rows read, 1 accepted, 0 duplicate, 1 rejected.");
        given().queryParam("unit", department).queryParam("from", "2022-06-01").queryParam("to", "2022-07-01")
                .get("/api/v1/dossier-totals").then().statusCode(200).body("total", hasItem(120));
    }

    @Test
    void anImportsRejectionsAndItsCancellingBelongToItsSenderAndToOps() throws IOException {
        RunningSuite.provinceWithADepartmentAndAService(province, department, service);
        String sender = RunningSuite.key("portal");
        String otherPortal = given().contentType("application/json").body(Map.of("name", "Cổng khác " + run, "role", "portal"))
                .post("/api/v1/api-keys").then().statusCode(201).extract().jsonPath().getString("token");
        byte[] file = Files.readAllBytes(eventsFile(3));
        String id = given().header("X-API-Key", sender).contentType("text/csv").body(file).post("/api/v1/imports").then().statusCode(202)
                .extract().path("id");
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> progress(id).getString("status").equals("DONE"));

        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> given().header("X-API-Key", otherPortal)
                .get("/api/v1/imports/" + id + "/rejections").statusCode() == 403);
        given().header("X-API-Key", otherPortal).delete("/api/v1/imports/" + id).then().statusCode(403)
                .contentType("application/problem+json");
        given().header("X-API-Key", sender).get("/api/v1/imports/" + id + "/rejections").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("unitCode"));
        given().get("/api/v1/imports/" + id + "/rejections").then().statusCode(200);
        given().header("X-API-Key", sender).delete("/api/v1/imports/" + id).then().statusCode(409);
    }

    private static JsonPath progress(String id) {
        return given().get("/api/v1/imports/" + id).then().statusCode(200).extract().jsonPath();
    }
}
