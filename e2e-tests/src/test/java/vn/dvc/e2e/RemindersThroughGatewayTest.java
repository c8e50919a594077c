package vn.dvc.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dvc.launcher.SuiteService;
import vn.dvc.rules.time.WorkingCalendar;

/**
 * Reminders (README "Reminders"): a district subscribed by e-mail and webhook gets its digest of the day once — with
 * its near-due and overdue dossiers, nothing of the neighbouring district — and an urgent notice once per dossier due
 * within hours, though two reporting-service instances race for every slot and the SMTP server is down for the first
 * attempts; the webhook gets the same facts, signed; a unit key cannot read or change another unit's subscription.
 */
class RemindersThroughGatewayTest {

    private static final ZoneId LOCAL = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String SECRET = "webhook-secret-" + UUID.randomUUID();
    private static final String APPLICANT = "Nguyễn Thị Hồng Nhung";
    private static final String APPLICANT_PHONE = "0912345678";
    private static final List<Hook> HOOKS = new CopyOnWriteArrayList<>();
    private static HttpServer webhook;

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String province = "RM-" + run;
    private final String district = province + ".H1";
    private final String neighbour = province + ".H2";
    private final String service = "RM-" + run + "-S";

    record Hook(String idempotencyKey, String signature, String body) {
    }

    @BeforeAll
    static void suite() throws IOException {
        RestAssured.baseURI = RunningSuite.gateway().toString();
        RestAssured.port = RunningSuite.gateway().getPort();
        webhook = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        webhook.createContext("/hook", exchange -> {
            HOOKS.add(new Hook(exchange.getRequestHeaders().getFirst("Idempotency-Key"),
                    exchange.getRequestHeaders().getFirst("X-DVC-Signature"),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        webhook.start();
    }

    @AfterAll
    static void stop() {
        webhook.stop(0);
    }

    private String received(String dossier, String unit, Instant receivedAt, Instant dueAt) {
        Map<String, Object> event = Map.of("eventId", dossier + "/R", "dossierId", dossier, "status", "RECEIVED",
                "occurredAt", receivedAt.toString(), "unitCode", unit, "serviceCode", service, "channel", "ONLINE",
                "dueAt", dueAt.toString());
        return given().contentType(ContentType.JSON).body(event).post("/api/v1/dossier-events").then().statusCode(202)
                .extract().header("X-DVC-Written");
    }

    @Test
    void aDistrictGetsItsDigestAndUrgentNoticesOnceByMailAndWebhookWhateverTheInstancesAndTheMailServer() throws Exception {
        given().contentType(ContentType.JSON).body(List.of(
                Map.of("code", province, "name", "Tỉnh " + run, "tier", "PROVINCE"),
                Map.of("code", district, "name", "UBND huyện Một", "tier", "DISTRICT", "parentCode", province),
                Map.of("code", neighbour, "name", "UBND huyện Hai", "tier", "DISTRICT", "parentCode", province)))
                .put("/api/v1/units").then().statusCode(200);
        given().contentType(ContentType.JSON).body(List.of(Map.of("code", service, "name", "Thủ tục", "field", "Tư pháp",
                "feeBearing", false, "offerings", List.of(Map.of("tier", "DISTRICT", "level", 4)))))
                .put("/api/v1/services").then().statusCode(200);
        Instant now = Instant.now();
        String urgent = "RM-" + run + "-URGENT";
        String soon = "RM-" + run + "-SOON";
        String late = "RM-" + run + "-LATE";
        String elsewhere = "RM-" + run + "-ELSEWHERE";
        received(urgent, district, now.minus(Duration.ofDays(2)), now.plus(Duration.ofHours(2)));
        // due late on the next working day: near due, but never within 4 office hours (offices close at 17:00)
        java.time.LocalDate nextWorkingDay = suiteCalendar().nextWorkingDay(java.time.LocalDate.now(LOCAL));
        received(soon, district, now.minus(Duration.ofDays(2)), nextWorkingDay.atTime(23, 30).atZone(LOCAL).toInstant());
        received(late, district, now.minus(Duration.ofDays(5)), now.minus(Duration.ofDays(1)));
        received(elsewhere, neighbour, now.minus(Duration.ofDays(2)), now.plus(Duration.ofHours(2)));
        // from the national portal, with the applicant's name and phone: dropped on arrival, never in a reminder
        String portal = "RM-" + run + "-PORTAL";
        DateTimeFormatter dvcqg = DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(LOCAL);
        given().contentType(ContentType.JSON).body(List.of(Map.of("MaHoSo", portal, "MaTTHC", service, "DonViXuLy", district,
                        "KenhThucHien", "2", "TrangThaiHoSo", "2", "NgayTiepNhan", dvcqg.format(now.minus(Duration.ofDays(1))),
                        "NgayHenTra", dvcqg.format(nextWorkingDay.atTime(22, 30).atZone(LOCAL)), "ChuHoSo", APPLICANT,
                        "SoDienThoai", APPLICANT_PHONE)))
                .post("/api/v1/dvcqg/dossiers").then().statusCode(202).body("[0].outcome", org.hamcrest.Matchers.equalTo("ACCEPTED"));
        // a daily report of the district's, yesterday's due by the end of today and today's by the end of tomorrow
        String form = "NV-" + run;
        java.time.LocalDate today = java.time.LocalDate.now(LOCAL);
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> given().contentType(ContentType.JSON)
                .body(List.of(Map.of("code", form, "name", "Báo cáo tiến độ " + run, "system", "DISTRICT", "frequency", "DAILY",
                        "dueRule", "1D", "assignedUnits", List.of(district), "activeFrom", today.minusDays(1).toString())))
                .put("/api/v1/report-forms").statusCode() == 200);

        given().header("X-API-Key", RunningSuite.key("unit")).contentType(ContentType.JSON)
                .body(Map.of("emails", List.of("attacker@example.vn"))).put("/api/v1/reminders/subscriptions/" + district)
                .then().statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of("emails", List.of("not-an-address"), "webhookUrl", "ftp://x"))
                .put("/api/v1/reminders/subscriptions/" + district).then().statusCode(422)
                .contentType("application/problem+json");

        RunningSuite.startSecondInstance(SuiteService.REPORTING);
        GreenMail mail = new GreenMail(new ServerSetup(RunningSuite.smtpPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        try {
            String digestAt = LocalTime.now(LOCAL).minusMinutes(1).format(DateTimeFormatter.ofPattern("HH:mm"));
            given().contentType(ContentType.JSON).body(Map.of("emails", List.of("vanphong.h1@" + run + ".gov.vn"),
                            "webhookUrl", "http://127.0.0.1:" + webhook.getAddress().getPort() + "/hook",
                            "webhookSecret", SECRET, "digestAt", digestAt))
                    .put("/api/v1/reminders/subscriptions/" + district).then().statusCode(200);
            given().header("X-API-Key", RunningSuite.key("unit")).get("/api/v1/reminders/subscriptions/" + district)
                    .then().statusCode(403);
            given().get("/api/v1/reminders/subscriptions/" + district).then().statusCode(200)
                    .body("webhookSecretSet", org.hamcrest.Matchers.equalTo(true))
                    .body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("webhookSecret")));

            boolean workingDay = !List.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY).contains(OffsetDateTime.now(LOCAL).getDayOfWeek());
            int expectedMails = workingDay ? 2 : 1;
            // the SMTP server is down: the e-mails are tried, fail and wait; the webhook has them already
            Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> given().queryParam("unit", district)
                    .get("/api/v1/reminders/deliveries").jsonPath().getList("findAll { it.channel == 'EMAIL' && it.attempts > 0 "
                            + "&& it.status == 'PENDING' }").size() == expectedMails);
            mail.start();
            Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> mail.getReceivedMessages().length >= expectedMails);
            Awaitility.await().during(Duration.ofSeconds(8)).atMost(Duration.ofSeconds(20)).until(() ->
                    mail.getReceivedMessages().length == expectedMails && hooksOf(district).size() == expectedMails);

            List<MimeMessage> messages = Arrays.asList(mail.getReceivedMessages());
            MimeMessage notice = messages.stream().filter(message -> subjectOf(message).contains("KHẨN")).findFirst().orElseThrow();
            assertThat(subjectOf(notice)).isEqualTo("[Chiến dịch DVCTT] KHẨN — Đơn vị UBND huyện Một: hồ sơ " + urgent
                    + " đến hạn lúc " + localTime(now.plus(Duration.ofHours(2))) + ", chưa có văn bản xin lỗi");
            if (workingDay) {
                MimeMessage digest = messages.stream().filter(message -> !subjectOf(message).contains("KHẨN")).findFirst().orElseThrow();
                assertThat(subjectOf(digest)).startsWith("[Chiến dịch DVCTT] Đơn vị UBND huyện Một: 3 hồ sơ đến hạn ")
                        .contains(", 1 hồ sơ quá hạn").containsPattern(", \\d+ nhiệm vụ quá hạn")
                        .endsWith(", 2 báo cáo sắp đến hạn chưa gửi");
                String body = textOf(digest);
                System.out.println("The digest as it arrived:\n" + subjectOf(digest) + "\n" + body);
                assertThat(body).contains(form + " kỳ " + today.minusDays(1) + " (" + district + ") — hạn hết ngày "
                        + today.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")), form + " kỳ " + today);
                assertThat(body).contains(urgent, soon, portal, late, "?view=worklist&unit=" + district, "Nhiệm vụ IV.",
                        "?view=tasks&unit=" + district).doesNotContain(elsewhere);
                assertThat(GreenMailUtil.getAddressList(digest.getAllRecipients())).isEqualTo("vanphong.h1@" + run + ".gov.vn");
            }
            for (MimeMessage message : messages) {
                assertThat(subjectOf(message) + textOf(message)).doesNotContain(APPLICANT, APPLICANT_PHONE, "Nhung", "345678");
            }
            for (Hook hook : hooksOf(district)) {
                assertThat(hook.body()).doesNotContain(APPLICANT, APPLICANT_PHONE, "Nhung", "345678");
                assertThat(hook.signature()).isEqualTo("sha256=" + hmac(hook.body()));
                assertThat(hook.idempotencyKey()).startsWith("reminder:" + district + ":");
                assertThat(hook.body()).contains("\"unit\":\"" + district + "\"").doesNotContain(elsewhere);
            }
            assertThat(hooksOf(district).stream().map(Hook::body)).anySatisfy(body -> assertThat(body).contains("\"type\":\"URGENT\"",
                    "\"dossierId\":\"" + urgent + "\""));
            if (workingDay) {
                assertThat(hooksOf(district).stream().map(Hook::body)).anySatisfy(body -> assertThat(body)
                        .contains("\"form\":\"" + form + "\"", "\"task\":\"IV."));
            }
            assertThat(remindersCounted("EMAIL", "sent")).as("each e-mail sent once, by one of the two instances")
                    .isEqualTo(expectedMails);
            assertThat(remindersCounted("EMAIL", "retried")).as("while the SMTP server was down").isGreaterThanOrEqualTo(expectedMails);
            given().queryParam("unit", neighbour).get("/api/v1/reminders/deliveries").then().statusCode(200)
                    .body("size()", org.hamcrest.Matchers.equalTo(0));
        } finally {
            mail.stop();
            RunningSuite.stopSecondInstance(SuiteService.REPORTING);
        }
    }

    @Test
    void aProvincesOpsContactsAreToldOfTheBulletinMadeAndTheImportThatFailed() {
        given().contentType(ContentType.JSON).body(List.of(Map.of("code", province, "name", "Tỉnh " + run, "tier", "PROVINCE")))
                .put("/api/v1/units").then().statusCode(200);
        // reporting-service knows the province once its bulletin can be made
        java.util.concurrent.atomic.AtomicLong made = new java.util.concurrent.atomic.AtomicLong();
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> {
            io.restassured.response.Response answer = given().queryParam("province", province)
                    .header("Idempotency-Key", "bulletin-" + UUID.randomUUID()).post("/api/v1/bulletins");
            if (answer.statusCode() == 201) {
                made.set(answer.jsonPath().getLong("id"));
            }
            return answer.statusCode() == 201;
        });
        long bulletin = made.get();
        String failedImport = given().contentType("text/csv").queryParam("name", "hong.csv")
                .body(("Mã hồ sơ,Trạng thái,Thời điểm,Đơn vị xử lý,Mã TTHC,Kênh,Hạn xử lý\n"
                        + run + "-1,RECEIVED,01/06/2022 08:30," + province + ",X,ONLINE,08/06/2022 17:00\n"
                        + "\"" + run + "-2,RECEIVED,01/06/2022 08:30," + province + ",X,ONLINE,08/06/2022 17:00\n")
                        .getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/imports").then().statusCode(202).extract().path("id");
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> given().queryParam("status", "FAILED")
                .get("/api/v1/imports").jsonPath().getList("id", String.class).contains(failedImport));
        boolean workingDay = !List.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY).contains(OffsetDateTime.now(LOCAL).getDayOfWeek());
        String digestAt = LocalTime.now(LOCAL).minusMinutes(1).format(DateTimeFormatter.ofPattern("HH:mm"));

        given().contentType(ContentType.JSON).body(Map.of("webhookUrl", "http://127.0.0.1:" + webhook.getAddress().getPort()
                        + "/hook", "webhookSecret", SECRET, "kinds", List.of("OPERATIONS"), "digestAt", digestAt))
                .put("/api/v1/reminders/subscriptions/" + province).then().statusCode(200);

        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> given().queryParam("unit", province)
                .get("/api/v1/reminders/deliveries").jsonPath().getList("findAll { it.type == 'DIGEST' }").size() == 1);
        if (workingDay) {
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> HOOKS.stream()
                    .anyMatch(hook -> hook.idempotencyKey().startsWith("reminder:" + province + ":DIGEST:")));
            String body = HOOKS.stream().filter(hook -> hook.idempotencyKey().startsWith("reminder:" + province + ":DIGEST:"))
                    .findFirst().orElseThrow().body();
            assertThat(body).contains("\"what\":\"BULLETIN_MADE\"", "\"detail\":\"" + bulletin + "\"")
                    .contains("\"what\":\"IMPORT_FAILED\"", "\"detail\":\"" + failedImport + " (dossier-events, ")
                    .contains("\"nearDue\":{\"total\":0");
        }
    }

    /** The working days the suite counts: its holidays as service-commons configures them (suite.holidays). */
    private static WorkingCalendar suiteCalendar() {
        try {
            for (java.net.URL config : java.util.Collections.list(RemindersThroughGatewayTest.class.getClassLoader()
                    .getResources("META-INF/microprofile-config.properties"))) {
                java.util.Properties properties = new java.util.Properties();
                try (java.io.InputStream in = config.openStream()) {
                    properties.load(in);
                }
                if (properties.containsKey("suite.holidays")) {
                    return new WorkingCalendar(Arrays.stream(properties.getProperty("suite.holidays").split(","))
                            .map(String::trim).map(java.time.LocalDate::parse).collect(java.util.stream.Collectors.toSet()));
                }
            }
        } catch (IOException unreadable) {
            throw new java.io.UncheckedIOException(unreadable);
        }
        throw new IllegalStateException("suite.holidays is not configured in service-commons");
    }

    /** dvc_reminders_total of a channel and outcome, summed over both reporting-service instances. */
    private static double remindersCounted(String channel, String outcome) {
        double total = 0;
        for (String instance : List.of(RunningSuite.service(SuiteService.REPORTING).toString(),
                "http://127.0.0.1:" + RunningSuite.get().settings().secondPortOf(SuiteService.REPORTING))) {
            for (String line : given().baseUri(instance).get("/q/metrics").asString().split("\n")) {
                if (line.startsWith("dvc_reminders_total{") && line.contains("channel=\"" + channel + "\"")
                        && line.contains("outcome=\"" + outcome + "\"")) {
                    total += Double.parseDouble(line.substring(line.indexOf('}') + 1).trim().split(" ")[0]);
                }
            }
        }
        return total;
    }

    private static List<Hook> hooksOf(String unit) {
        return HOOKS.stream().filter(hook -> hook.idempotencyKey() != null
                && hook.idempotencyKey().startsWith("reminder:" + unit + ":")).toList();
    }

    private static String subjectOf(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The plain-text part, decoded. */
    private static String textOf(jakarta.mail.Part part) throws Exception {
        if (part.isMimeType("text/plain")) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof jakarta.mail.Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String text = textOf(multipart.getBodyPart(i));
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }

    private static String localTime(Instant instant) {
        return DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").format(instant.atZone(LOCAL));
    }

    private static String hmac(String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
