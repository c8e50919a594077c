package vn.dvc.launcher;

import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.dvc.contracts.Topic;

/**
 * The whole suite on one machine: the infrastructure (MariaDB, Kafka, topics) and the five services. Every start
 * reuses what already runs; every stop waits until the processes are gone.
 */
public final class Suite {

    private final LauncherSettings settings;
    private final EmbeddedMariaDb mariaDb;
    private final EmbeddedKafka kafka;
    private final ServiceRunner services;
    private final PrintStream out;

    public Suite(LauncherSettings settings, PrintStream out) {
        this.settings = settings;
        this.out = out;
        this.mariaDb = new EmbeddedMariaDb(settings.runDir(), settings.dbPort());
        this.kafka = new EmbeddedKafka(settings.runDir(), kafkaJars(settings.projectRoot()), settings.kafkaPort());
        this.services = new ServiceRunner(settings);
    }

    private static Path kafkaJars(Path projectRoot) {
        return projectRoot.resolve("launcher/target/kafka-libs");
    }

    public LauncherSettings settings() {
        return settings;
    }

    /** Starts MariaDB and Kafka unless configured as external or already running, then databases and topics. */
    public void startInfrastructure() {
        RunFolder.requireFreeDisk(settings.runDir());
        if (settings.externalDb().isPresent()) {
            requireReachable("database", settings.database(), "SUITE_EXTERNAL_DB");
            out.println("Database  external at " + settings.database());
        } else {
            report("MariaDB", mariaDb.start(), settings.database(), mariaDb.daemon());
            mariaDb.provision(SuiteService.withDatabases());
        }
        if (settings.externalKafka().isPresent()) {
            requireReachable("Kafka broker", settings.kafka(), "SUITE_EXTERNAL_KAFKA");
            out.println("Kafka     external at " + settings.kafka());
        } else {
            report("Kafka", kafka.start(), settings.kafka(), kafka.daemon());
        }
        List<String> created = TopicProvisioner.ensure(settings.kafka(), Topic.all());
        out.println("Topics    " + (created.isEmpty() ? "all present" : "created " + String.join(", ", created)));
    }

    private void requireReachable(String what, Endpoint endpoint, String variable) {
        if (!endpoint.isListening()) {
            throw new LauncherException("The external " + what + " at " + endpoint + " (" + variable
                    + ") does not accept connections");
        }
    }

    private void report(String what, boolean startedNow, Endpoint endpoint, DaemonProcess daemon) {
        String pid = daemon.running().map(handle -> Long.toString(handle.pid())).orElse("?");
        out.printf("%-9s %s at %s (pid %s, log %s)%n", what, startedNow ? "started" : "already running", endpoint, pid,
                daemon.logFile());
    }

    /** True when every embedded server this configuration needs is running. */
    public boolean infrastructureRunning() {
        boolean db = settings.externalDb().isPresent() || mariaDb.daemon().running().isPresent();
        boolean broker = settings.externalKafka().isPresent() || kafka.daemon().running().isPresent();
        return db && broker;
    }

    public void stopInfrastructure() {
        out.println(kafka.stop() ? "Kafka     stopped" : "Kafka     was not running");
        out.println(mariaDb.stop() ? "MariaDB   stopped" : "MariaDB   was not running");
    }

    /** Starts the five services (all at once: they do not depend on each other to start) and waits until ready. */
    public void startServices(Optional<String> profile) {
        startServices(profile, Map.of());
    }

    /** As {@link #startServices(Optional)}, each service with more environment (e.g. where to send traces). */
    public void startServices(Optional<String> profile, Map<String, String> extraEnvironment) {
        List<SuiteService> started = new ArrayList<>();
        for (SuiteService service : SuiteService.startOrder()) {
            if (services.start(service, profile, extraEnvironment)) {
                started.add(service);
            }
        }
        for (SuiteService service : SuiteService.startOrder()) {
            services.awaitReady(service);
            out.printf("%-18s %s at %s (log %s)%n", service.module(), started.contains(service) ? "ready" : "already running",
                    services.baseUri(service), services.daemonOf(service).logFile());
        }
    }

    /** Starts one service (unless it runs) with more environment, and waits until it is ready. */
    public void startService(SuiteService service, Map<String, String> extraEnvironment) {
        startService(service, Optional.empty(), extraEnvironment);
    }

    /** Starts one service in a profile (the end-to-end tests' {@code test}), e.g. again after a crash. */
    public void startService(SuiteService service, Optional<String> profile, Map<String, String> extraEnvironment) {
        services.start(service, profile, extraEnvironment);
        services.awaitReady(service);
    }

    /** Starts one service as another system user (which must exist and may read the run folder). */
    public void startServiceAs(SuiteService service, String user, Map<String, String> extraEnvironment) {
        services.start(service, Optional.empty(), extraEnvironment, Optional.of(user));
        services.awaitReady(service);
    }

    /** Stops one service gracefully (SIGTERM, then SIGKILL after a grace period) and waits until it is gone. */
    public boolean stopService(SuiteService service) {
        return services.stop(service);
    }

    /**
     * Starts a second instance of a service on its second port ({@link LauncherSettings#secondPortOf}), where the
     * gateway already sends in turn; stop it with {@link #stopSecondInstance}.
     */
    public DaemonProcess startSecondInstance(SuiteService service) {
        return startSecondInstance(service, Optional.empty(), Map.of());
    }

    /** As {@link #startSecondInstance(SuiteService)}, in a profile (the end-to-end tests' {@code test}), with more environment. */
    public DaemonProcess startSecondInstance(SuiteService service, Optional<String> profile, Map<String, String> extraEnvironment) {
        return services.startSecondInstance(service, profile, extraEnvironment);
    }

    /** The second instance of a service, running or not. */
    public DaemonProcess secondInstance(SuiteService service) {
        return services.secondInstanceOf(service);
    }

    public boolean stopSecondInstance(SuiteService service) {
        return services.secondInstanceOf(service).stop();
    }

    public void stopServices() {
        List<SuiteService> stopOrder = new ArrayList<>(SuiteService.startOrder());
        Collections.reverse(stopOrder);
        for (SuiteService service : stopOrder) {
            out.printf("%-18s %s%n", service.module(), services.stop(service) ? "stopped" : "was not running");
        }
    }

    /** The development API keys, one per role (the gateway knows their hashes). */
    public DevKeys devKeys() {
        return services.devKeys();
    }

    public URI gatewayUri() {
        return services.baseUri(SuiteService.GATEWAY);
    }

    public URI baseUri(SuiteService service) {
        return services.baseUri(service);
    }

    /** The pids of every process of this suite that runs now. */
    public List<Long> runningPids() {
        return allDaemons().stream().flatMap(daemon -> daemon.running().stream()).map(ProcessHandle::pid).toList();
    }

    /** The embedded MariaDB and Kafka processes, whether or not they run now. */
    public DaemonProcess databaseProcess() {
        return mariaDb.daemon();
    }

    public DaemonProcess brokerProcess() {
        return kafka.daemon();
    }

    /** Every process of this suite that runs now, by name (MariaDB, Kafka, the modules), in start order. */
    public Map<String, Long> runningProcesses() {
        Map<String, Long> processes = new LinkedHashMap<>();
        allDaemons().forEach(daemon -> daemon.running().ifPresent(handle -> processes.put(daemon.name(), handle.pid())));
        return processes;
    }

    public void printStatus() {
        for (DaemonProcess daemon : allDaemons()) {
            out.printf("%-18s %s%n", daemon.name(), daemon.running().map(h -> "running (pid " + h.pid() + ")").orElse("stopped"));
        }
    }

    private List<DaemonProcess> allDaemons() {
        List<DaemonProcess> daemons = new ArrayList<>(List.of(mariaDb.daemon(), kafka.daemon()));
        SuiteService.startOrder().forEach(service -> daemons.add(services.daemonOf(service)));
        return daemons;
    }
}
