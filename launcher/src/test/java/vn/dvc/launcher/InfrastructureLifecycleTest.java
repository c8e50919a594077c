package vn.dvc.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dvc.contracts.Topic;

/**
 * The launcher's own infrastructure, on ports and a run folder of its own (so it never touches the suite's): it
 * starts, a second start reuses what runs, the databases and topics are there, and a stop leaves no process.
 */
class InfrastructureLifecycleTest {

    private static Suite suite;
    private static ByteArrayOutputStream output;
    private static Path runDir;

    @BeforeAll
    static void startOnce() throws IOException {
        Path root = LauncherSettings.findProjectRoot(Path.of(""));
        runDir = root.resolve("launcher/target/lifecycle-run");
        int kafkaPort = freePortPair();
        LauncherSettings settings = LauncherSettings.from(root, Map.of()).withRunDir(runDir)
                .withInfrastructurePorts(freePort(), kafkaPort);
        output = new ByteArrayOutputStream();
        suite = new Suite(settings, new PrintStream(output, true, StandardCharsets.UTF_8));
        suite.startInfrastructure();
    }

    @AfterAll
    static void stopIfStillRunning() {
        suite.stopInfrastructure();
    }

    @Test
    void aSecondStartReusesTheRunningServersAndAStopLeavesNoProcess() throws Exception {
        List<Long> firstPids = suite.runningPids();
        assertThat(firstPids).hasSize(2);

        suite.startInfrastructure();

        assertThat(suite.runningPids()).isEqualTo(firstPids);
        assertThat(output.toString(StandardCharsets.UTF_8)).contains("MariaDB   already running", "Kafka     already running");
        assertThat(suite.infrastructureRunning()).isTrue();

        everyServiceHasItsDatabaseAndUser();
        everyTopicExistsWithItsSettings();

        suite.stopInfrastructure();

        assertThat(firstPids).allSatisfy(pid -> assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive)).isEmpty());
        assertThat(ProcessHandle.allProcesses()
                .filter(process -> process.info().commandLine().orElse("").contains(runDir.toString()))).isEmpty();
        assertThat(suite.infrastructureRunning()).isFalse();
    }

    private void everyServiceHasItsDatabaseAndUser() throws Exception {
        Endpoint database = suite.settings().database();
        for (SuiteService service : SuiteService.withDatabases()) {
            String user = service.database().orElseThrow();
            try (Connection connection = DriverManager.getConnection("jdbc:mysql://" + database + "/" + user + "_test?useSSL=false&allowPublicKeyRetrieval=true",
                    user, DatabaseAccounts.devPasswordOf(service));
                 ResultSet charset = connection.createStatement().executeQuery("SELECT @@character_set_database")) {
                charset.next();
                assertThat(charset.getString(1)).isEqualTo("utf8mb4");
            }
        }
        assertThatThrownBy(() -> DriverManager.getConnection("jdbc:mysql://" + database + "/dossier?useSSL=false&allowPublicKeyRetrieval=true", "root", ""))
                .as("root has a password once provisioned").isInstanceOf(java.sql.SQLException.class);
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(runDir.resolve("mariadb/root-password")))).isEqualTo("rw-------");
    }

    private void everyTopicExistsWithItsSettings() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, suite.settings().kafka().toString()))) {
            Map<String, TopicDescription> topics = admin.describeTopics(Set.of("dossier-events", "catalog-events", "dossier-events-dlq"))
                    .allTopicNames().get();
            assertThat(topics.get("dossier-events").partitions()).hasSize(Topic.DOSSIER_EVENTS.partitions());
            assertThat(topics.get("dossier-events-dlq").partitions()).hasSize(1);
            ConfigResource catalog = new ConfigResource(ConfigResource.Type.TOPIC, "catalog-events");
            assertThat(admin.describeConfigs(Set.of(catalog)).all().get().get(catalog).get("cleanup.policy").value())
                    .isEqualTo("compact");
            assertThat(admin.listTopics().names().get()).contains("payment-events", "report-events", "report-events-dlq");

            String grown = "grown-events-" + System.currentTimeMillis();
            admin.createTopics(List.of(new NewTopic(grown, 3, (short) 1))).all().get();
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> admin.listTopics().names().get().contains(grown));
            TopicProvisioner.ensure(suite.settings().kafka(), List.of(new Topic(grown, 12, false, null)));
            assertThat(admin.describeTopics(Set.of(grown)).allTopicNames().get().get(grown).partitions())
                    .as("an existing topic grown to its count").hasSize(12);
            TopicProvisioner.ensure(suite.settings().kafka(), List.of(new Topic(grown, 12, false, null)));
            admin.deleteTopics(List.of(grown)).all().get();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** A port whose successor is free too: the broker's controller takes it. */
    private static int freePortPair() throws IOException {
        for (int attempt = 0; attempt < 20; attempt++) {
            int port = freePort();
            if (port < 65535 && !Endpoint.local(port + 1).isListening()) {
                return port;
            }
        }
        throw new IllegalStateException("no two free ports in a row");
    }
}
