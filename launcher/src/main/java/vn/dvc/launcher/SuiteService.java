package vn.dvc.launcher;

import java.util.List;
import java.util.Optional;

/**
 * One of the five services: its Maven module, its fixed port, and the database it owns (the gateway's holds its API
 * keys and the ops audit log).
 */
public enum SuiteService {
    DOSSIER("dossier-service", 8081, "dossier"),
    KPI("kpi-service", 8082, "kpi"),
    REPORTING("reporting-service", 8083, "reporting"),
    PAYMENT("payment-service", 8084, "payment"),
    GATEWAY("gateway", 8080, "gateway");

    private final String module;
    private final int port;
    private final String database;

    SuiteService(String module, int port, String database) {
        this.module = module;
        this.port = port;
        this.database = database;
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
