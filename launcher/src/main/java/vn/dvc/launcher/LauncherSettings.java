package vn.dvc.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * What the launcher reads from the environment. Everything has a default that works on a fresh machine.
 *
 * <ul>
 *   <li>{@code SUITE_RUN_DIR}: where data, logs and pid files live (default {@code <project>/.run})</li>
 *   <li>{@code SUITE_DB_PORT}, {@code SUITE_KAFKA_PORT}: ports of the embedded servers (3306, 9092; the Kafka
 *       controller takes the next port)</li>
 *   <li>{@code SUITE_EXTERNAL_DB=host:port}: use that MySQL/MariaDB server, start none (the databases and users
 *       must exist, as {@code docker/mysql-init.sql} creates them)</li>
 *   <li>{@code SUITE_EXTERNAL_KAFKA=host:port}: use that broker, start none (the topics are still created)</li>
 *   <li>{@code SUITE_PORT_OFFSET}: added to the services' fixed ports (8080–8084), e.g. for a second copy</li>
 *   <li>{@code SUITE_SERVICE_JAVA_OPTS}: JVM options of each service (default a modest heap)</li>
 * </ul>
 */
public record LauncherSettings(Path projectRoot, Path runDir, int dbPort, int kafkaPort,
                               Optional<Endpoint> externalDb, Optional<Endpoint> externalKafka, int portOffset,
                               String serviceJavaOptions) {

    /**
     * One GC thread, and the native parts held in (code cache, metaspace, thread stacks, direct buffers); the full
     * JIT, since the benchmark showed C1 alone costs a third of the intake's throughput. The heap cap is each
     * service's own ({@link SuiteService#heapOption()}, given first so an {@code -Xmx} here wins): 128 MB ran out in
     * a scale-1 backfill and 160 MB left kpi-service in full collections a third of the time, so 192 MB for the
     * intake and the consumers, less for the others. A service that runs out anyway exits, rather than limp on with a
     * consumer stopped.
     */
    public static final String DEFAULT_SERVICE_JAVA_OPTS = "-Xms32m -XX:+UseSerialGC -XX:+ExitOnOutOfMemoryError "
            + "-XX:ReservedCodeCacheSize=48m -XX:MaxMetaspaceSize=160m -Xss512k -XX:MaxDirectMemorySize=32m";
    private static final int GATEWAY_MANAGEMENT_PORT = 9000;
    private static final int SECOND_INSTANCE_SHIFT = 1_000;

    public static LauncherSettings fromEnvironment(Path projectRoot) {
        return from(projectRoot, System.getenv());
    }

    public static LauncherSettings from(Path projectRoot, Map<String, String> env) {
        Path runDir = Optional.ofNullable(env.get("SUITE_RUN_DIR")).map(Path::of)
                .orElse(projectRoot.resolve(".run")).toAbsolutePath().normalize();
        return new LauncherSettings(projectRoot.toAbsolutePath().normalize(), runDir,
                intOf(env, "SUITE_DB_PORT", 3306), intOf(env, "SUITE_KAFKA_PORT", 9092),
                Optional.ofNullable(env.get("SUITE_EXTERNAL_DB")).filter(s -> !s.isBlank()).map(Endpoint::parse),
                Optional.ofNullable(env.get("SUITE_EXTERNAL_KAFKA")).filter(s -> !s.isBlank()).map(Endpoint::parse),
                intOf(env, "SUITE_PORT_OFFSET", 0),
                env.getOrDefault("SUITE_SERVICE_JAVA_OPTS", DEFAULT_SERVICE_JAVA_OPTS));
    }

    private static int intOf(Map<String, String> env, String name, int defaultValue) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new LauncherException(name + " must be a number, was '" + value + "'");
        }
    }

    /** The project root: the nearest folder upwards from {@code start} holding the suite's pom and launcher. */
    public static Path findProjectRoot(Path start) {
        for (Path dir = start.toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("pom.xml")) && Files.isDirectory(dir.resolve("launcher"))) {
                return dir;
            }
        }
        throw new LauncherException("Cannot find the project root (a folder with pom.xml and launcher/) above " + start);
    }

    public Endpoint database() {
        return externalDb.orElse(Endpoint.local(dbPort));
    }

    public Endpoint kafka() {
        return externalKafka.orElse(Endpoint.local(kafkaPort));
    }

    public int portOf(SuiteService service) {
        return service.port() + portOffset;
    }

    /** The port of a service's second instance, when one is started (the gateway knows it beforehand). */
    public int secondPortOf(SuiteService service) {
        return portOf(service) + SECOND_INSTANCE_SHIFT;
    }

    /** The gateway's management port (its /q/metrics, on 127.0.0.1 only): 9000 plus the offset. */
    /** The management port of the gateway's second instance, when one is started. */
    public int secondGatewayManagementPort() {
        return gatewayManagementPort() + SECOND_INSTANCE_SHIFT;
    }

    public int gatewayManagementPort() {
        return GATEWAY_MANAGEMENT_PORT + portOffset;
    }

    public LauncherSettings withRunDir(Path otherRunDir) {
        return new LauncherSettings(projectRoot, otherRunDir, dbPort, kafkaPort, externalDb, externalKafka, portOffset,
                serviceJavaOptions);
    }

    public LauncherSettings withPortOffset(int offset) {
        return new LauncherSettings(projectRoot, runDir, dbPort, kafkaPort, externalDb, externalKafka, offset,
                serviceJavaOptions);
    }

    public LauncherSettings withInfrastructurePorts(int otherDbPort, int otherKafkaPort) {
        return new LauncherSettings(projectRoot, runDir, otherDbPort, otherKafkaPort, externalDb, externalKafka,
                portOffset, serviceJavaOptions);
    }
}
