package vn.dvc.gateway.security;

import io.agroal.api.AgroalDataSource;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/** Every change made with an ops key (table audit_entry): who, when, what, and its status. */
@ApplicationScoped
public class AuditLog {

    private static final Logger LOG = Logger.getLogger(AuditLog.class);
    private static final String COLUMNS = "id, at, key_id, key_name, method, path, query, status, request_id";

    private final AgroalDataSource dataSource;
    private final Vertx vertx;

    public AuditLog(AgroalDataSource dataSource, Vertx vertx) {
        this.dataSource = dataSource;
        this.vertx = vertx;
    }

    /** Records the change off the event loop, once its answer is known. */
    public void record(ApiKey key, String method, String path, String query, int status, String requestId) {
        record(key.id(), key.name(), key.label(), method, path, query, status, requestId);
    }

    /** A configured key replaced at start-up: recorded as a change of that key by the configuration. */
    public void recordConfigurationChange(ApiKey key) {
        record(key.id(), "gateway.security.keys", key.label(), "PUT", "/api/v1/api-keys/" + key.id(), null, 200, "start-up");
    }

    private void record(String keyId, String keyName, String label, String method, String path, String query, int status,
                        String requestId) {
        Instant at = Instant.now();
        vertx.executeBlocking(() -> {
            try (Connection connection = dataSource.getConnection();
                 PreparedStatement insert = connection.prepareStatement("INSERT INTO audit_entry (at, key_id, key_name, "
                         + "method, path, query, status, request_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setTimestamp(1, Timestamp.from(at));
                insert.setString(2, keyId);
                insert.setString(3, keyName);
                insert.setString(4, method);
                insert.setString(5, path.length() > 1000 ? path.substring(0, 1000) : path);
                insert.setString(6, query == null || query.length() <= 2000 ? query : query.substring(0, 2000));
                insert.setInt(7, status);
                insert.setString(8, requestId);
                insert.executeUpdate();
            }
            return null;
        }, false).onFailure(failure -> LOG.errorf("Audit entry of %s %s by %s not recorded: %s", method, path, label,
                failure.getMessage()));
    }

    /** The newest entries first, at most {@code limit}, optionally of one key and from a time. */
    public List<AuditEntry> newest(String keyId, Instant from, int limit) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM audit_entry WHERE 1 = 1");
        List<Object> parameters = new ArrayList<>();
        if (keyId != null) {
            sql.append(" AND key_id = ?");
            parameters.add(keyId);
        }
        if (from != null) {
            sql.append(" AND at >= ?");
            parameters.add(Timestamp.from(from));
        }
        sql.append(" ORDER BY id DESC LIMIT ?");
        parameters.add(limit);
        return entries(sql.toString(), parameters);
    }

    /** The oldest entries made before a time, first first, at most {@code limit}: the next to archive. */
    public List<AuditEntry> oldestBefore(Instant before, int limit) {
        return entries("SELECT " + COLUMNS + " FROM audit_entry WHERE at < ? ORDER BY id LIMIT ?", List.of(Timestamp.from(before), limit));
    }

    /** Deletes the entries archived: those up to an id made before a time. */
    public int deleteArchived(long lastId, Instant before) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement delete = connection.prepareStatement("DELETE FROM audit_entry WHERE id <= ? AND at < ?")) {
            delete.setLong(1, lastId);
            delete.setTimestamp(2, Timestamp.from(before));
            return delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Archived audit entries not deleted: " + e.getSQLState(), e);
        }
    }

    private List<AuditEntry> entries(String sql, List<Object> parameters) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                query.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet rows = query.executeQuery()) {
                List<AuditEntry> entries = new ArrayList<>();
                while (rows.next()) {
                    entries.add(new AuditEntry(rows.getLong(1), rows.getTimestamp(2).toInstant(), rows.getString(3),
                            rows.getString(4), rows.getString(5), rows.getString(6), rows.getString(7), rows.getInt(8),
                            rows.getString(9)));
                }
                return entries;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The audit log could not be read: " + e.getSQLState(), e);
        }
    }

    public record AuditEntry(long id, Instant at, String keyId, String keyName, String method, String path, String query,
                             int status, String requestId) {
    }
}
