package vn.dvc.gateway.session;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/** The ended_session table: sessions signed out before their expiry (blocking JDBC: call it off the event loop). */
@ApplicationScoped
public class EndedSessionStore {

    private final AgroalDataSource dataSource;

    public EndedSessionStore(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void end(String sessionId, Instant expiresAt) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT IGNORE INTO ended_session (id, expires_at) VALUES (?, ?)")) {
            insert.setString(1, sessionId);
            insert.setTimestamp(2, Timestamp.from(expiresAt));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("The session could not be ended: " + e.getSQLState(), e);
        }
    }

    /** The ids of ended sessions not yet expired; expired ones are forgotten (their cookie is refused anyway). */
    public Set<String> stillValid(Instant now) {
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement forget = connection.prepareStatement("DELETE FROM ended_session WHERE expires_at <= ?")) {
                forget.setTimestamp(1, Timestamp.from(now));
                forget.executeUpdate();
            }
            try (PreparedStatement query = connection.prepareStatement("SELECT id FROM ended_session");
                 ResultSet rows = query.executeQuery()) {
                Set<String> ids = new HashSet<>();
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
                return ids;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Ended sessions could not be read: " + e.getSQLState(), e);
        }
    }
}
