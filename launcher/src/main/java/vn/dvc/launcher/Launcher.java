package vn.dvc.launcher;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The command line: {@code up}, {@code down}, {@code status}, {@code infra start|stop|status}. Called through the
 * {@code ./suite} script at the project root. Failures print a message (with the log to read) and exit 1.
 */
public final class Launcher {

    private static final String USAGE = String.join(System.lineSeparator(),
            "Usage: ./suite <command>",
            "  up             start MariaDB, Kafka and the five services; print the URLs",
            "  down           stop the services and the infrastructure",
            "  status         what runs",
            "  infra start    start only MariaDB and Kafka (for the tests and for quarkus:dev)",
            "  infra stop     stop MariaDB and Kafka",
            "  infra running  exit 0 when MariaDB and Kafka run, 1 otherwise",
            "  test           on infrastructure of its own (.run/test-suite, MariaDB 3356, Kafka 9142), run every test",
            "                 (mvn verify), then stop it: a running suite's data, topics and consumers are never touched",
            "  reset [--yes]  stop everything, then delete the suite's data in the run folder (asks first)",
            "  offsets        every consumer group's committed offsets and every partition's end offset",
            "  dev <module>   start the infrastructure, then the module in quarkus:dev (live reload)",
            "  bench [--no-build] [options]  the suite up, then the benchmark (report in .run/bench/); --help for options",
            "  demo [--no-build] [options]   the suite up, then a generated province streamed live (--rate 200)",
            "  faults [--no-build] [--full] [--cases a,b]  the fault-injection suite on a suite of its own",
            "  import FILE [--kind K] [--key KEY]  a CSV or XLSX file of history through the running suite, with its progress",
            "  backup         every service's database (mariadb-dump) and the log's positions, in .run/backups",
            "  restore FILE   stop the services, load a backup, rebuild the projections from the log, list what the",
            "                 owners lost (records published after the backup)",
            "  rebuild SERVICE  empty the running service's tables derived from the log (kpi-service, payment-service,",
            "                 reporting-service) and replay its topics from the beginning, with its progress",
            "Environment: SUITE_RUN_DIR, SUITE_DB_PORT, SUITE_KAFKA_PORT, SUITE_EXTERNAL_DB=host:port,",
            "             SUITE_EXTERNAL_KAFKA=host:port, SUITE_PORT_OFFSET, SUITE_SERVICE_JAVA_OPTS");

    private Launcher() {
    }

    public static void main(String[] args) {
        try {
            System.exit(run(List.of(args)));
        } catch (LauncherException e) {
            System.err.println("Error: " + e.getMessage());
            System.exit(1);
        } catch (RuntimeException e) {
            System.err.println("Error: the launcher failed unexpectedly (" + e.getClass().getSimpleName() + ": "
                    + e.getMessage() + "). The logs are under .run/logs.");
            System.exit(1);
        }
    }

    static int run(List<String> args) {
        Path root = LauncherSettings.findProjectRoot(Path.of(System.getProperty("suite.root", ".")));
        Suite suite = new Suite(LauncherSettings.fromEnvironment(root), System.out);
        String command = String.join(" ", args);
        if (!args.isEmpty() && args.get(0).equals("import")) {
            return ImportCommand.run(suite, args.subList(1, args.size()));
        }
        if (args.size() == 2 && args.get(0).equals("restore")) {
            requireInfrastructure(suite);
            Backups.restore(suite, mariaDbTools(suite), Optional.empty(), Path.of(args.get(1)),
                    service -> suite.startService(service, Map.of()), System.out);
            return 0;
        }
        if (args.size() == 2 && args.get(0).equals("rebuild")) {
            SuiteService service = SuiteService.backServices().stream().filter(one -> one.module().equals(args.get(1))).findFirst()
                    .orElseThrow(() -> new LauncherException("'" + args.get(1) + "' is not a back service of the suite"));
            requireInfrastructure(suite);
            ProjectionRebuild.run(suite, service, Optional.empty(), () -> suite.startService(service, Map.of()), System.out);
            return 0;
        }
        switch (command) {
            case "up" -> {
                suite.startInfrastructure();
                suite.startServices(Optional.empty());
                printWelcome(suite);
            }
            case "down" -> {
                suite.stopServices();
                suite.stopInfrastructure();
            }
            case "status" -> suite.printStatus();
            case "infra start" -> suite.startInfrastructure();
            case "infra stop" -> suite.stopInfrastructure();
            case "infra running" -> {
                return suite.infrastructureRunning() ? 0 : 1;
            }
            case "infra status" -> suite.printStatus();
            case "reset", "reset --yes" -> {
                suite.stopServices();
                suite.stopInfrastructure();
                RunFolder.reset(suite.settings().runDir(), command.endsWith("--yes"), System.in, System.out);
            }
            case "backup" -> {
                requireInfrastructure(suite);
                Backups.backup(suite, mariaDbTools(suite), Optional.empty(), suite.settings().runDir().resolve("backups"), System.out);
            }
            case "offsets" -> ConsumerOffsets.of(suite.settings().kafka()).forEach(System.out::println);
            default -> {
                System.out.println(USAGE);
                return command.isEmpty() || command.equals("help") ? 0 : 2;
            }
        }
        return 0;
    }

    private static void requireInfrastructure(Suite suite) {
        if (!suite.infrastructureRunning()) {
            throw new LauncherException("MariaDB and Kafka are not running: start the suite first (./suite up)");
        }
    }

    /** The embedded server's client tools; on an external database, those on the PATH. */
    private static Path mariaDbTools(Suite suite) {
        return suite.settings().runDir().resolve("mariadb/base/bin");
    }

    private static void printWelcome(Suite suite) {
        String gateway = suite.gatewayUri().toString();
        System.out.println();
        System.out.println("The suite is up.");
        System.out.println("  Gateway     " + gateway + "/api/v1");
        System.out.println("  Swagger UI  " + gateway + "/q/swagger-ui");
        System.out.println("  OpenAPI     " + gateway + "/q/openapi");
        DevKeys keys = suite.devKeys();
        System.out.println("  API keys    (header X-API-Key, or Authorization: Bearer; kept in " + suite.settings().runDir()
                .resolve("dev-keys.properties") + ")");
        for (String role : DevKeys.ROLES) {
            System.out.printf("    %-9s %s%s%n", role, keys.token(role), role.equals("unit") ? "  (unit " + keys.unitCode() + ")" : "");
        }
        System.out.println("  Stop with   ./suite down");
    }
}
