package vn.dvc.bench.baseline;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * The database's own ceiling for the intake's main write: rows shaped like {@code dossier_event} (event id key,
 * dossier id, status, time, the event's JSON) inserted in batches of 1,000 through Connector/J with
 * {@code rewriteBatchedStatements}, one commit per batch, durable settings of the server as they are.
 */
public final class BatchedInsertBaseline {

    private BatchedInsertBaseline() {
    }

    public record Result(long rows, double seconds) {

        public double rowsPerSecond() {
            return rows / seconds;
        }
    }

    /** @param payloads event JSON documents to insert, cycled; each row gets a new id */
    public static Result run(BenchDatabase database, List<String> payloads, int rows) {
        try (Connection connection = database.connect()) {
            try (Statement sql = connection.createStatement()) {
                sql.execute("DROP TABLE IF EXISTS raw_event");
                sql.execute("CREATE TABLE raw_event (event_id VARCHAR(100) NOT NULL PRIMARY KEY, "
                        + "dossier_id VARCHAR(100) NOT NULL, status VARCHAR(30) NOT NULL, occurred_at DATETIME(6) NOT NULL, "
                        + "accepted_at DATETIME(6) NOT NULL, payload TEXT NOT NULL, KEY by_dossier (dossier_id))");
            }
            connection.setAutoCommit(false);
            Timestamp now = Timestamp.from(Instant.now());
            long start = System.nanoTime();
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO raw_event (event_id, dossier_id, "
                    + "status, occurred_at, accepted_at, payload) VALUES (?, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < rows; i++) {
                    insert.setString(1, "raw-" + i);
                    insert.setString(2, "dossier-" + (i / 4));
                    insert.setString(3, "PROCESSING");
                    insert.setTimestamp(4, now);
                    insert.setTimestamp(5, now);
                    insert.setString(6, payloads.get(i % payloads.size()));
                    insert.addBatch();
                    if ((i + 1) % 1_000 == 0 || i == rows - 1) {
                        insert.executeBatch();
                        connection.commit();
                    }
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            try (Statement sql = connection.createStatement()) {
                sql.execute("DROP TABLE raw_event");
            }
            return new Result(rows, seconds);
        } catch (SQLException e) {
            throw new IllegalStateException("Insert baseline failed: " + e.getMessage(), e);
        }
    }
}
