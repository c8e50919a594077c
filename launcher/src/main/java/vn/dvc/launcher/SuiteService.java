package vn.dvc.launcher;

import java.util.List;
import java.util.Optional;

/**
 * One of the five services: its Maven module, its fixed port, the database it owns (the gateway's holds its API
 * keys and the ops audit log) and its heap cap, sized from what the benchmark measured (docs/performance.md,
 * "Memory"): the intake and the consumers hold a batch's rows and summary deltas while its transaction runs, the
 * others little.
 */
public enum SuiteService {
    DOSSIER("dossier-service", 8081, "dossier", 192),
    KPI("kpi-service", 8082, "kpi", 192),
    REPORTING("reporting-service", 8083, "reporting", 144),
    PAYMENT("payment-service", 8084, "payment", 144),
    GATEWAY("gateway", 8080, "gateway", 112);

    private final String module;
    private final int port;
    private final String database;
    private final int heapMegabytes;

    SuiteService(String module, int port, String database, int heapMegabytes) {
        this.module = module;
        this.port = port;
        this.database = database;
        this.heapMegabytes = heapMegabytes;
    }

    /** The JVM's heap cap for this service; {@code SUITE_SERVICE_JAVA_OPTS} with its own {@code -Xmx} wins. */
    public String heapOption() {
        return "-Xmx" + heapMegabytes + "m";
    }

    public String module() {
        return module;
    }

    public int port() {
        return port;
    }

    public Optional<String> database() {
        return Optional.ofNullable(database);
    }

    /** The name the gateway's configuration uses for a back service ({@code dossier}, {@code kpi}, …). */
    public String shortName() {
        return module.replace("-service", "");
    }

    /** Back services first, the gateway last: it is ready only when it can route. */
    public static List<SuiteService> startOrder() {
        return List.of(DOSSIER, KPI, REPORTING, PAYMENT, GATEWAY);
    }

    /** Every service: each owns a database. */
    public static List<SuiteService> withDatabases() {
        return startOrder().stream().filter(service -> service.database().isPresent()).toList();
    }

    public static List<SuiteService> backServices() {
        return List.of(DOSSIER, KPI, REPORTING, PAYMENT);
    }
}
