package vn.dvc.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs the packaged services ({@code <module>/target/quarkus-app}) as detached JVMs. Each app is copied into the run
 * folder first, so that a rebuild never pulls the jars from under a running service.
 */
final class ServiceRunner {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);

    private final LauncherSettings settings;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    ServiceRunner(LauncherSettings settings) {
        this.settings = settings;
    }

    DaemonProcess daemonOf(SuiteService service) {
        return new DaemonProcess(service.module(), settings.runDir().resolve("pids/" + service.module() + ".pid"),
                settings.runDir().resolve("logs/" + service.module() + ".log"), appJar(service).toString());
    }

    private Path appJar(SuiteService service) {
        return settings.runDir().resolve("apps/" + service.module() + "/quarkus-run.jar");
    }

    URI baseUri(SuiteService service) {
        return URI.create("http://127.0.0.1:" + settings.portOf(service));
    }

    /** Starts the service unless ours already runs; answers whether it was started now. */
    boolean start(SuiteService service, Optional<String> profile) {
        return start(service, profile, Map.of());
    }

    /** As {@link #start(SuiteService, Optional)}, with more environment (e.g. a fault point to halt at). */
    boolean start(SuiteService service, Optional<String> profile, Map<String, String> extraEnvironment) {
        return start(service, profile, extraEnvironment, Optional.empty());
    }

    /**
     * As {@link #start(SuiteService, Optional, Map)}, as another system user when one is named (with
     * {@code setpriv}): a firewall rule can then tell that service's packets from the others'.
     */
    boolean start(SuiteService service, Optional<String> profile, Map<String, String> extraEnvironment,
                  Optional<String> user) {
        DaemonProcess daemon = daemonOf(service);
        if (daemon.running().isPresent()) {
            return false;
        }
        int port = settings.portOf(service);
        if (Endpoint.local(port).isListening()) {
            throw new LauncherException("Port " + port + " (" + service.module() + ") is in use by another process. "
                    + "Stop it, or move the suite with SUITE_PORT_OFFSET");
        }
        if (secondInstanceOf(service).running().isEmpty()) {
            // a second instance runs from the copy: replacing its jars under it would break it mid-request
            copyApp(service);
        }
        Map<String, String> environment = environmentOf(service, profile);
        environment.putAll(extraEnvironment);
        List<String> command = new ArrayList<>();
        user.ifPresent(name -> command.addAll(List.of("setpriv", "--reuid=" + name, "--regid=" + name, "--clear-groups")));
        command.addAll(commandOf(service));
        daemon.start(command, environment, settings.runDir());
        return true;
    }

    /**
     * A second instance of a service (same database, same consumer groups) on another port, from the copy the first
     * instance runs, in the profile given and with more environment: for rebalances and failover.
     */
    DaemonProcess startSecondInstance(SuiteService service, Optional<String> profile, Map<String, String> extraEnvironment) {
        DaemonProcess second = secondInstanceOf(service);
        if (second.running().isEmpty()) {
            Map<String, String> environment = environmentOf(service, profile);
            environment.putAll(extraEnvironment);
            environment.put("QUARKUS_HTTP_PORT", Integer.toString(settings.secondPortOf(service)));
            if (service == SuiteService.GATEWAY) {
                environment.put("QUARKUS_MANAGEMENT_PORT", Integer.toString(settings.secondGatewayManagementPort()));
            }
            second.start(commandOf(service), environment, settings.runDir());
        }
        return second;
    }

    DaemonProcess secondInstanceOf(SuiteService service) {
        return new DaemonProcess(service.module() + "-2", settings.runDir().resolve("pids/" + service.module() + "-2.pid"),
                settings.runDir().resolve("logs/" + service.module() + "-2.log"), appJar(service).toString());
    }

    private List<String> commandOf(SuiteService service) {
        List<String> command = new ArrayList<>();
        command.add(JavaRuntime.executable());
        command.add(service.heapOption());
        command.addAll(List.of(settings.serviceJavaOptions().trim().split("\\s+")));
        // the first heap exhaustion of each service is kept for a post-mortem; the JVM never overwrites the file, so a
        // service that keeps running out cannot fill the disk with dumps
        command.add("-XX:+HeapDumpOnOutOfMemoryError");
        command.add("-XX:HeapDumpPath=" + settings.runDir().resolve("logs/" + service.module() + "-oom.hprof"));
        command.add("-jar");
        command.add(appJar(service).toString());
        return command;
    }

    void awaitReady(SuiteService service) {
        Wait.until(service.module() + " to be ready at " + baseUri(service) + "/q/health/ready", READY_TIMEOUT,
                daemonOf(service), () -> isReady(service));
    }

    boolean isReady(SuiteService service) {
        try {
            HttpRequest request = HttpRequest.newBuilder(baseUri(service).resolve("/q/health/ready"))
                    .timeout(Duration.ofSeconds(2)).GET().build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    DevKeys devKeys() {
        return DevKeys.of(settings.runDir(), System.getenv().getOrDefault("SUITE_DEV_UNIT", "BP"));
    }

    private Map<String, String> environmentOf(SuiteService service, Optional<String> profile) {
        Map<String, String> env = new HashMap<>();
        env.put("QUARKUS_HTTP_PORT", Integer.toString(settings.portOf(service)));
        // glibc gives each thread that allocates its own arena: dozens of 64 MB reservations inflate the RSS
        env.put("MALLOC_ARENA_MAX", "2");
        env.put("SUITE_DB_HOST", settings.database().host());
        env.put("SUITE_DB_PORT", Integer.toString(settings.database().port()));
        env.put("KAFKA_BOOTSTRAP_SERVERS", settings.kafka().toString());
        profile.ifPresent(name -> env.put("QUARKUS_PROFILE", name));
        env.put(service == SuiteService.GATEWAY ? "GATEWAY_SECURITY_IDENTITY_SECRET" : "SUITE_IDENTITY_SECRET",
                devKeys().identitySecret());
        // whatever the profile, a service the launcher starts serves /api only to callers the gateway vouches for
        env.put("SUITE_IDENTITY_REQUIRED", "true");
        if (service == SuiteService.GATEWAY) {
            // audit entries past their time are archived here, then deleted
            env.put("GATEWAY_AUDIT_ARCHIVE_DIR", settings.runDir().resolve("audit-archive").toString());
        }
        if (service == SuiteService.DOSSIER) {
            // an interrupted history import reads on from its file: kept with the suite's data, not in a temp folder
            env.put("DOSSIER_IMPORTS_DIR", settings.runDir().resolve("imports").toString());
        }
        for (SuiteService backService : SuiteService.backServices()) {
            String name = backService.shortName().toUpperCase();
            if (service == SuiteService.GATEWAY) {
                env.put("QUARKUS_MANAGEMENT_PORT", Integer.toString(settings.gatewayManagementPort()));
                env.put("GATEWAY_SERVICES_" + name + "_URL", baseUri(backService).toString());
                // where a second instance listens when one is started: the gateway sends to both in turn
                env.put("GATEWAY_SERVICES_" + name + "_MORE_URLS", "http://127.0.0.1:" + settings.secondPortOf(backService));
                env.put("GATEWAY_SECURITY_KEYS", devKeys().gatewayConfig());
            } else if (backService != service) {
                // the peers a back service reads over REST (reporting-service: kpi, payment, dossier)
                env.put("QUARKUS_REST_CLIENT_" + name + "_URL", baseUri(backService).toString());
            }
        }
        return env;
    }

    private void copyApp(SuiteService service) {
        Path source = settings.projectRoot().resolve(service.module() + "/target/quarkus-app");
        if (!Files.isRegularFile(source.resolve("quarkus-run.jar"))) {
            throw new LauncherException(service.module() + " is not built (no " + source.resolve("quarkus-run.jar")
                    + "). Build it first: mvn package -DskipTests");
        }
        Path target = appJar(service).getParent();
        try {
            RunFolder.deleteTree(target);
            copyTree(source, target);
        } catch (IOException e) {
            throw new LauncherException("Could not copy " + source + " to " + target + ": " + e.getMessage(), e);
        }
    }

    private static void copyTree(Path source, Path target) throws IOException {
        Files.walkFileTree(source, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Files.createDirectories(target.resolve(source.relativize(dir)));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.copy(file, target.resolve(source.relativize(file)));
                return FileVisitResult.CONTINUE;
            }
        });
    }

    boolean stop(SuiteService service) {
        return daemonOf(service).stop();
    }
}
