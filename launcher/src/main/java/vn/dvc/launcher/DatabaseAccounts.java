package vn.dvc.launcher;

import java.util.List;

/**
 * The development accounts of the back services. Production passwords come from the environment
 * ({@code QUARKUS_DATASOURCE_PASSWORD}); these only guard a database bound to 127.0.0.1.
 */
public final class DatabaseAccounts {

    private DatabaseAccounts() {
    }

    public static String devPasswordOf(SuiteService service) {
        return service.database().orElseThrow() + "-dev";
    }

    /** The service's own database and the one its tests use. */
    public static List<String> schemasOf(SuiteService service) {
        String database = service.database().orElseThrow();
        return List.of(database, database + "_test");
    }
}
