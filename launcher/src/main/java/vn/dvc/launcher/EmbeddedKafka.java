package vn.dvc.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.kafka.common.Uuid;

/**
 * A single-node Apache Kafka broker in KRaft mode (broker and controller in one JVM), from the
 * {@code org.apache.kafka:kafka_2.13} jars, listening on 127.0.0.1 only, its log folder kept in the run folder.
 * The jars are copied into the run folder first, so that rebuilding the project never touches a running broker.
 */
final class EmbeddedKafka {

    /** 90 days. */
    static final int OFFSETS_KEPT_MINUTES = 129_600;

    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    private static final String BROKER_JAVA_OPTS = "-Xms256m -Xmx256m -XX:+UseSerialGC";

    private final Path home;
    private final Path jarSource;
    private final Endpoint endpoint;
    private final int controllerPort;
    private final DaemonProcess daemon;

    EmbeddedKafka(Path runDir, Path jarSource, int port) {
        this.home = runDir.resolve("kafka");
        this.jarSource = jarSource;
        this.endpoint = Endpoint.local(port);
        this.controllerPort = port + 1;
        this.daemon = new DaemonProcess("Kafka", runDir.resolve("pids/kafka.pid"), runDir.resolve("logs/kafka.log"),
                serverProperties().toString());
    }

    DaemonProcess daemon() {
        return daemon;
    }

    Endpoint endpoint() {
        return endpoint;
    }

    private Path serverProperties() {
        return home.resolve("server.properties");
    }

    private Path libs() {
        return home.resolve("libs");
    }

    /** Starts the broker unless ours already runs; answers whether it was started now. */
    boolean start() {
        if (daemon.running().isPresent()) {
            return false;
        }
        for (int port : List.of(endpoint.port(), controllerPort)) {
            if (Endpoint.local(port).isListening()) {
                throw new LauncherException("Port " + port + " is in use by another process, so the embedded Kafka "
                        + "broker cannot start. Stop that process, set SUITE_KAFKA_PORT to a free port (the controller "
                        + "takes the next one), or use that broker with SUITE_EXTERNAL_KAFKA=host:port");
            }
        }
        copyJars();
        writeConfiguration();
        if (!Files.exists(home.resolve("data/meta.properties"))) {
            format();
        }
        daemon.start(javaCommand("kafka.Kafka", serverProperties().toString()), Map.of(), home);
        Wait.until("Kafka to listen on " + endpoint, START_TIMEOUT, daemon, endpoint::isListening);
        return true;
    }

    private void copyJars() {
        if (!Files.isDirectory(jarSource)) {
            throw new LauncherException("The Kafka broker jars are missing at " + jarSource
                    + ". Build the launcher first: mvn -pl launcher -am package -DskipTests");
        }
        try (Stream<Path> jars = Files.list(jarSource)) {
            Files.createDirectories(libs());
            for (Path jar : jars.toList()) {
                Path target = libs().resolve(jar.getFileName());
                if (!Files.exists(target) || Files.size(target) != Files.size(jar)) {
                    Files.copy(jar, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new LauncherException("Could not copy the Kafka jars into " + libs() + ": " + e.getMessage(), e);
        }
    }

    private void writeConfiguration() {
        String properties = String.join("\n",
                "# Written by the launcher at each start; edit KafkaBroker settings in the launcher instead.",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
                "listeners=PLAINTEXT://127.0.0.1:" + endpoint.port() + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + endpoint.port(),
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT",
                "log.dirs=" + home.resolve("data"),
                "auto.create.topics.enable=false",
                "num.partitions=1",
                "default.replication.factor=1",
                "min.insync.replicas=1",
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=10",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "transaction.state.log.num.partitions=4",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                // a group's offsets outlive the consumers' inbox (retention.inbox, 30 days): an idle group never restarts from the beginning
                "offsets.retention.minutes=" + OFFSETS_KEPT_MINUTES,
                "") ;
        String log4j = String.join("\n",
                "status = warn",
                "appender.err.type = Console",
                "appender.err.name = STDERR",
                "appender.err.target = SYSTEM_ERR",
                "appender.err.layout.type = PatternLayout",
                "appender.err.layout.pattern = [%d] %p %m (%c)%n",
                "rootLogger.level = info",
                "rootLogger.appenderRef.err.ref = STDERR",
                "logger.kafka.name = kafka",
                "logger.kafka.level = info",
                "logger.apache.name = org.apache.kafka",
                "logger.apache.level = warn",
                "");
        try {
            Files.createDirectories(home.resolve("data"));
            Files.writeString(serverProperties(), properties, StandardCharsets.UTF_8);
            Files.writeString(home.resolve("log4j2.properties"), log4j, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new LauncherException("Could not write the Kafka configuration into " + home + ": " + e.getMessage(), e);
        }
    }

    private void format() {
        List<String> command = javaCommand("kafka.tools.StorageTool", "format", "-t", Uuid.randomUuid().toString(),
                "-c", serverProperties().toString(), "--ignore-formatted");
        try {
            Files.createDirectories(daemon.logFile().getParent());
            int exit = new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(daemon.logFile().toFile())).start().waitFor();
            if (exit != 0) {
                throw new LauncherException("Formatting the Kafka log folder failed (exit " + exit + "). Log: " + daemon.logFile());
            }
        } catch (IOException e) {
            throw new LauncherException("Could not format the Kafka log folder: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LauncherException("Interrupted while formatting the Kafka log folder");
        }
    }

    private List<String> javaCommand(String mainClass, String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(JavaRuntime.executable());
        command.addAll(List.of(BROKER_JAVA_OPTS.split(" ")));
        command.add("-Dlog4j2.configurationFile=" + home.resolve("log4j2.properties"));
        command.add("-cp");
        command.add(libs() + "/*");
        command.add(mainClass);
        command.addAll(List.of(arguments));
        return command;
    }

    boolean stop() {
        return daemon.stop();
    }
}
