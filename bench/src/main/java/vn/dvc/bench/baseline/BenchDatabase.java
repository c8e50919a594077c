package vn.dvc.bench.baseline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A scratch database {@code bench} on the suite's MariaDB, reached as root with the password the launcher generated
 * (the baselines need tables no service owns, and must not touch the services' data).
 */
public final class BenchDatabase {

    private final String url;

    private BenchDatabase(String url) {
        this.url = url;
    }

    public static BenchDatabase of(Path runDir, String host, int port) {
        Path passwordFile = runDir.resolve("mariadb/root-password");
        String password;
        try {
            password = Files.readString(passwordFile).trim();
        } catch (IOException e) {
            throw new IllegalStateException("The baselines need the embedded MariaDB's root password (" + passwordFile
                    + "); run them against the database ./suite up started", e);
        }
        BenchDatabase database = new BenchDatabase("jdbc:mysql://" + host + ":" + port + "/?user=root&password="
                + password + "&rewriteBatchedStatements=true&useSSL=false&allowPublicKeyRetrieval=true");
        try (Connection connection = DriverManager.getConnection(database.url); Statement sql = connection.createStatement()) {
            sql.execute("CREATE DATABASE IF NOT EXISTS bench CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the bench database: " + e.getMessage(), e);
        }
        return database;
    }

    public Connection connect() throws SQLException {
        Connection connection = DriverManager.getConnection(url);
        connection.setCatalog("bench");
        return connection;
    }
}
