package vn.dvc.e2e;

import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.config.HeaderConfig;
import io.restassured.http.ContentType;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.awaitility.Awaitility;
import vn.dvc.launcher.Backups;
import vn.dvc.launcher.LauncherSettings;
import vn.dvc.launcher.ProjectionRebuild;
import vn.dvc.launcher.RestoreGap;
import vn.dvc.launcher.Suite;
import vn.dvc.launcher.SuiteService;

/**
 * The five packaged services, started once for all end-to-end tests through the launcher: on the suite's ports plus
 * 10000 (so a running suite is left alone), in the test profile (test databases and consumer groups), against the
 * MariaDB and Kafka of its own that {@code ./suite test} started (their run folder's {@code e2e/}). Stopped when the
 * test JVM exits. Their traces go to a receiver in this JVM ({@link #traces()}).
 */
final class RunningSuite {

    private static final int PORT_OFFSET = 10_000;
    private static Suite suite;
    private static OtlpReceiver traces;
    private static EmcReceiver emc;
    private static int smtpPort;
    /** The measurement system's token, as a deployment configures it: it must never reach a log. */
    static final String EMC_TOKEN = "emc-secret-" + java.util.UUID.randomUUID();

    private RunningSuite() {
    }

    static synchronized Suite get() {
        if (suite == null) {
            Path root = LauncherSettings.findProjectRoot(Path.of(System.getProperty("suite.root", "..")));
            LauncherSettings infrastructure = LauncherSettings.fromEnvironment(root);
            LauncherSettings settings = infrastructure.withRunDir(infrastructure.runDir().resolve("e2e"))
                    .withPortOffset(PORT_OFFSET);
            Suite started = new Suite(settings, new PrintStream(System.out, true));
            Runtime.getRuntime().addShutdownHook(new Thread(started::stopServices));
            traces = new OtlpReceiver();
            emc = new EmcReceiver();
            smtpPort = freePort();
            started.startServices(Optional.of("test"), environment());
            suite = started;
        }
        return suite;
    }

    private static Map<String, String> environment() {
        return Map.ofEntries(Map.entry("QUARKUS_OTEL_SDK_DISABLED", "false"),
                Map.entry("QUARKUS_OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", traces.endpoint()),
                Map.entry("QUARKUS_OTEL_EXPORTER_OTLP_TRACES_PROTOCOL", "http/protobuf"),
                Map.entry("QUARKUS_OTEL_BSP_SCHEDULE_DELAY", "200ms"),
                // pushes go to the test's receiver, on demand only, retried within seconds
                Map.entry("KPI_EMC_PUSH_URL", emc.endpoint()),
                Map.entry("KPI_EMC_PUSH_TOKEN", EMC_TOKEN),
                Map.entry("KPI_EMC_PUSH_SCHEDULED", "false"),
                Map.entry("KPI_EMC_PUSH_INITIAL_BACKOFF", "1s"),
                Map.entry("KPI_EMC_PUSH_MOST_BACKOFF", "2s"),
                Map.entry("KPI_EMC_PUSH_POLL_EVERY", "1s"),
                // reminders by e-mail to the test's SMTP server (started by the tests that read it), rounds every 2 s
                Map.entry("REPORTING_REMINDERS_ENABLED", "true"),
                Map.entry("REPORTING_REMINDERS_EMAIL_ENABLED", "true"),
                Map.entry("QUARKUS_MAILER_HOST", "127.0.0.1"),
                Map.entry("QUARKUS_MAILER_PORT", String.valueOf(smtpPort)),
                Map.entry("REPORTING_REMINDERS_CHECK_EVERY", "2s"),
                Map.entry("REPORTING_REMINDERS_RETRY_AFTER", "PT1S"),
                // what each table keeps is purged every 2 s (the default keeps days: only rows made old on purpose go)
                Map.entry("RETENTION_EVERY", "2s"),
                Map.entry("RETENTION_DELAYED", "1s"),
                Map.entry("GATEWAY_RETENTION_EVERY", "2s"),
                Map.entry("GATEWAY_RETENTION_DELAYED", "1s"),
                Map.entry("REPORTING_REMINDERS_DASHBOARD_URL", "http://127.0.0.1:" + (8080 + PORT_OFFSET) + "/"));
    }

    /** The port reporting-service sends its reminder e-mails to; a test starts an SMTP server there. */
    static int smtpPort() {
        get();
        return smtpPort;
    }

    private static int freePort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A crash: the service's process killed at once (SIGKILL), nothing of it shut down; then started again, ready. */
    static void crashAndRestart(SuiteService service) {
        Long pid = get().runningProcesses().get(service.module());
        ProcessHandle process = ProcessHandle.of(pid).orElseThrow();
        process.destroyForcibly();
        process.onExit().join();
        get().startService(service, Optional.of("test"), environment());
    }

    /** A service's projection rebuilt from the log through the launcher ({@code ./suite rebuild}), in the test profile. */
    static ProjectionRebuild.Replayed rebuild(SuiteService service) {
        return ProjectionRebuild.run(get(), service, Optional.of("test"),
                () -> get().startService(service, Optional.of("test"), environment()), new PrintStream(System.out, true));
    }

    /** Every service's database and the log's positions, as {@code ./suite backup} takes them, in the test profile. */
    static Path backup() {
        return Backups.backup(get(), mariaDbTools(), Optional.of("test"), get().settings().runDir().resolve("backups"),
                new PrintStream(System.out, true));
    }

    /** A backup restored as {@code ./suite restore} does: the services stopped, the databases loaded, projections rebuilt. */
    static RestoreGap restore(Path backup) {
        return Backups.restore(get(), mariaDbTools(), Optional.of("test"), backup,
                service -> get().startService(service, Optional.of("test"), environment()), new PrintStream(System.out, true));
    }

    /** The client tools of the MariaDB that {@code ./suite test} started (the folder above the end-to-end one). */
    private static Path mariaDbTools() {
        return get().settings().runDir().getParent().resolve("mariadb/base/bin");
    }

    /** Where kpi-service pushes the indicators to. */
    static EmcReceiver emc() {
        get();
        return emc;
    }

    /** Where the services' spans arrive: every end-to-end run traces every request. */
    static OtlpReceiver traces() {
        get();
        return traces;
    }

    /** The gateway's address; requests carry the development ops key unless a test gives another. */
    static URI gateway() {
        URI gateway = get().gatewayUri();
        RestAssured.config = RestAssured.config().headerConfig(HeaderConfig.headerConfig()
                .overwriteHeadersWithName("X-API-Key", "Authorization"));
        RestAssured.requestSpecification = new RequestSpecBuilder().setBaseUri(gateway.toString()).setPort(gateway.getPort())
                .addHeader("X-API-Key", key("ops")).build();
        return gateway;
    }

    /**
     * A second gateway on the same database and back services, started once (and stopped with the others when the
     * test JVM exits); answers its address when it is ready.
     */
    static synchronized URI secondGateway() {
        Suite running = get();
        URI second = URI.create("http://127.0.0.1:" + running.settings().secondPortOf(SuiteService.GATEWAY));
        if (running.secondInstance(SuiteService.GATEWAY).running().isEmpty()) {
            running.startSecondInstance(SuiteService.GATEWAY, Optional.of("test"), environment());
            Runtime.getRuntime().addShutdownHook(new Thread(() -> running.stopSecondInstance(SuiteService.GATEWAY)));
        }
        Awaitility.await().atMost(Duration.ofMinutes(2)).ignoreExceptions()
                .until(() -> RestAssured.given().baseUri(second.toString()).port(second.getPort())
                        .get("/q/health/ready").statusCode() == 200);
        return second;
    }

    /**
     * A second instance of a back service on the same database and broker (the gateway sends it its share of the
     * requests), started and ready; {@link #stopSecondInstance} ends it.
     */
    static void startSecondInstance(SuiteService service) {
        Suite running = get();
        URI second = URI.create("http://127.0.0.1:" + running.settings().secondPortOf(service));
        if (running.secondInstance(service).running().isEmpty()) {
            running.startSecondInstance(service, Optional.of("test"), environment());
        }
        Awaitility.await().atMost(Duration.ofMinutes(2)).ignoreExceptions()
                .until(() -> RestAssured.given().baseUri(second.toString()).port(second.getPort())
                        .get("/q/health/ready").statusCode() == 200);
    }

    /** The service's first instance stopped gracefully (SIGTERM: it finishes what it has) and started again, ready. */
    static void restartGracefully(SuiteService service) {
        get().stopService(service);
        get().startService(service, Optional.of("test"), environment());
    }

    static void stopSecondInstance(SuiteService service) {
        get().stopSecondInstance(service);
    }

    /** The development key of a role (portal, ministry, ops, unit). */
    static String key(String role) {
        return get().devKeys().token(role);
    }

    /**
     * Waits until a consuming service answers 200 for each unit on a unit-scoped GET: the units arrive one record each
     * on catalog-events, so the first one known says nothing of the others.
     */
    static void awaitUnitsKnown(String path, Map<String, String> parameters, String... units) {
        for (String unit : units) {
            Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> RestAssured.given().queryParams(parameters)
                    .queryParam("unit", unit).get(path).then().extract().statusCode() == 200);
        }
    }

    /** The broker the services use (the test run's own), to pause and resume it. */
    static ProcessHandle broker() {
        Path root = LauncherSettings.findProjectRoot(Path.of(System.getProperty("suite.root", "..")));
        return new Suite(LauncherSettings.fromEnvironment(root), new PrintStream(System.out, true)).brokerProcess().running()
                .orElseThrow(() -> new IllegalStateException("the test run's Kafka broker is not running"));
    }

    static String kafkaBootstrap() {
        return get().settings().kafka().toString();
    }

    /** Reference data of a test's own: a province, one department, one service offered online at department level. */
    static void provinceWithADepartmentAndAService(String province, String department, String service) {
        RestAssured.given().contentType(ContentType.JSON).body("[{\"code\":\"" + province + "\",\"name\":\"Tỉnh\",\"tier\":\"PROVINCE\"},"
                + "{\"code\":\"" + department + "\",\"name\":\"Sở\",\"tier\":\"DEPARTMENT\",\"parentCode\":\"" + province + "\"}]")
                .put("/api/v1/units").then().statusCode(200);
        RestAssured.given().contentType(ContentType.JSON).body("[{\"code\":\"" + service + "\",\"name\":\"Thủ tục\",\"field\":\"Tư pháp\","
                + "\"feeBearing\":false,\"offerings\":[{\"tier\":\"DEPARTMENT\",\"level\":4}]}]")
                .put("/api/v1/services").then().statusCode(200);
    }

    static URI service(SuiteService service) {
        return get().baseUri(service);
    }
}
