package vn.dvc.gateway.security;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.dvc.access.Role;

/** The api_key table (blocking JDBC: call it off the event loop). */
@ApplicationScoped
public class ApiKeyStore {

    private static final String COLUMNS = "id, name, role, unit_code, hash, rate, source, created_at, created_by, revoked_at, expires_at";
    private static final String READ = COLUMNS + ", sessions_after";

    private final AgroalDataSource dataSource;

    public ApiKeyStore(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public List<ApiKey> all() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT " + READ + " FROM api_key ORDER BY created_at, id");
             ResultSet rows = query.executeQuery()) {
            List<ApiKey> keys = new ArrayList<>();
            while (rows.next()) {
                keys.add(new ApiKey(rows.getString(1), rows.getString(2), Role.valueOf(rows.getString(3)), rows.getString(4),
                        rows.getString(5), rows.getObject(6, Integer.class), rows.getString(7), rows.getTimestamp(8).toInstant(),
                        rows.getString(9), instant(rows.getTimestamp(10)), instant(rows.getTimestamp(11)), instant(rows.getTimestamp(12))));
            }
            return keys;
        } catch (SQLException e) {
            throw new IllegalStateException("API keys could not be read: " + e.getSQLState(), e);
        }
    }

    /** Stores a key unless one with its id exists (a configured key keeps its revocation across restarts). */
    public boolean insertIfAbsent(ApiKey key) {
        return update("INSERT IGNORE INTO api_key (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?)",
                key.id(), key.name(), key.role().name(), key.unitCode(), key.hash(), key.rate(), key.source(),
                Timestamp.from(key.createdAt()), key.createdBy(), key.expiresAt() == null ? null : Timestamp.from(key.expiresAt())) == 1;
    }

    /**
     * A configured key whose hash, role, unit or name the configuration now gives differently takes them (a rotated
     * secret); its revocation, if any, stands. True when something changed.
     */
    public boolean replaceConfigured(ApiKey key) {
        return update("UPDATE api_key SET hash = ?, role = ?, unit_code = ?, name = ? WHERE id = ? AND source = ? "
                        + "AND (hash <> ? OR role <> ? OR NOT (unit_code <=> ?) OR name <> ?)",
                key.hash(), key.role().name(), key.unitCode(), key.name(), key.id(), ApiKeys.FROM_CONFIG,
                key.hash(), key.role().name(), key.unitCode(), key.name()) == 1;
    }

    private static Instant instant(Timestamp at) {
        return at == null ? null : at.toInstant();
    }

    /** Ends the key's dashboard sessions opened up to {@code at} (a later instant already stored stands). */
    public void endSessions(String id, Instant at) {
        update("UPDATE api_key SET sessions_after = GREATEST(COALESCE(sessions_after, ?), ?) WHERE id = ?",
                Timestamp.from(at), Timestamp.from(at), id);
    }

    public boolean revoke(String id, Instant at, String by) {
        return update("UPDATE api_key SET revoked_at = ?, revoked_by = ? WHERE id = ? AND revoked_at IS NULL",
                Timestamp.from(at), by, id) == 1;
    }

    private int update(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("API keys could not be written: " + e.getSQLState(), e);
        }
    }
}
