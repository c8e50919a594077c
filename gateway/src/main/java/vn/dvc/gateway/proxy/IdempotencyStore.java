package vn.dvc.gateway.proxy;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Table idempotency_record (blocking JDBC: call it off the event loop). */
@ApplicationScoped
public class IdempotencyStore {

    static final Duration KEPT = Duration.ofHours(24);

    private final AgroalDataSource dataSource;

    public IdempotencyStore(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Claims the key for this request; empty when claimed now, else what is stored (perhaps still in flight). */
    public Optional<Stored> claim(String keyId, String idempotencyKey, String fingerprint, Instant now) {
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement expired = connection.prepareStatement(
                    "DELETE FROM idempotency_record WHERE key_id = ? AND idempotency_key = ? AND created_at < ?")) {
                expired.setString(1, keyId);
                expired.setString(2, idempotencyKey);
                expired.setTimestamp(3, Timestamp.from(now.minus(KEPT)));
                expired.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO idempotency_record (key_id, "
                    + "idempotency_key, fingerprint, created_at) VALUES (?, ?, ?, ?)")) {
                insert.setString(1, keyId);
                insert.setString(2, idempotencyKey);
                insert.setString(3, fingerprint);
                insert.setTimestamp(4, Timestamp.from(now));
                insert.executeUpdate();
                return Optional.empty();
            } catch (SQLIntegrityConstraintViolationException taken) {
                return read(connection, keyId, idempotencyKey);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Idempotency record not claimed: " + e.getSQLState(), e);
        }
    }

    /** Deletes at most {@code limit} records older than what is kept; answers how many went. */
    public int purgeExpired(Instant now, int limit) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement delete = connection.prepareStatement("DELETE FROM idempotency_record WHERE created_at < ? LIMIT ?")) {
            delete.setTimestamp(1, Timestamp.from(now.minus(KEPT)));
            delete.setInt(2, limit);
            return delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Expired idempotency records not purged: " + e.getSQLState(), e);
        }
    }

    public void complete(String keyId, String idempotencyKey, int status, String contentType, byte[] body) {
        update("UPDATE idempotency_record SET status = ?, content_type = ?, body = ? WHERE key_id = ? AND idempotency_key = ?",
                status, contentType, body, keyId, idempotencyKey);
    }

    /** Lets the key be used again (the first attempt got no answer worth keeping). */
    public void release(String keyId, String idempotencyKey) {
        update("DELETE FROM idempotency_record WHERE key_id = ? AND idempotency_key = ? AND status IS NULL", keyId, idempotencyKey);
    }

    private void update(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Idempotency record not written: " + e.getSQLState(), e);
        }
    }

    private static Optional<Stored> read(Connection connection, String keyId, String idempotencyKey) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT fingerprint, status, content_type, body "
                + "FROM idempotency_record WHERE key_id = ? AND idempotency_key = ?")) {
            query.setString(1, keyId);
            query.setString(2, idempotencyKey);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Stored(row.getString(1), row.getObject(2, Integer.class), row.getString(3), row.getBytes(4)));
            }
        }
    }

    /** What is kept under one key: the request's fingerprint and, once answered, the answer (status null: in flight). */
    public record Stored(String fingerprint, Integer status, String contentType, byte[] body) {
    }
}
