package vn.dvc.commons.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Which instance of a service publishes its outbox: the one holding the database's named lock
 * {@code <schema>.outbox-relay} ({@code GET_LOCK}, MySQL and MariaDB alike) on a connection of its own. One publisher
 * at a time keeps each key's records in the order they were written and publishes each record once in normal
 * running; the others stand by and ask again at every poll. The lock belongs to the connection, so when the holder
 * dies, or loses its connection, the database releases it and the next instance to ask takes over — publishing
 * again at most the round the holder had sent but not yet marked (consumers dedupe by event id). The connection is
 * opened apart from the pool: a pooled one given back would keep the lock.
 */
@ApplicationScoped
public class OutboxLease implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(OutboxLease.class);

    /** Opens a connection of the lease's own to the service's database. */
    public interface Connections {
        Connection open() throws SQLException;
    }

    private final Connections connections;
    private Connection held;

    @Inject
    public OutboxLease(@ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
                       @ConfigProperty(name = "quarkus.datasource.username") String username,
                       @ConfigProperty(name = "quarkus.datasource.password") String password) {
        this(() -> DriverManager.getConnection(url, username, password));
    }

    public OutboxLease(Connections connections) {
        this.connections = connections;
    }

    /** Whether this instance publishes now: keeps the lock it holds, or takes it when nobody holds it. */
    public synchronized boolean held() {
        try {
            if (held != null && stillHeld(held)) {
                return true;
            }
            closeQuietly();
            Connection connection = connections.open();
            if (answer(connection, "SELECT GET_LOCK(CONCAT(DATABASE(), '.outbox-relay'), 0)") == 1) {
                held = connection;
                LOG.info("Outbox relay: this instance publishes the outbox (it holds the lease)");
                return true;
            }
            connection.close();
            return false;
        } catch (SQLException e) {
            closeQuietly();
            return false;
        }
    }

    private static boolean stillHeld(Connection connection) {
        try {
            return answer(connection, "SELECT IS_USED_LOCK(CONCAT(DATABASE(), '.outbox-relay')) = CONNECTION_ID()") == 1;
        } catch (SQLException e) {
            return false;
        }
    }

    private static long answer(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet result = statement.executeQuery()) {
            return result.next() ? result.getLong(1) : 0;
        }
    }

    /** Gives the lease up (a graceful stop): another instance takes it at its next poll. */
    @Override
    public synchronized void close() {
        if (held != null) {
            try {
                answer(held, "SELECT RELEASE_LOCK(CONCAT(DATABASE(), '.outbox-relay'))");
            } catch (SQLException e) {
                // closing the connection below releases it as well
            }
        }
        closeQuietly();
    }

    private void closeQuietly() {
        if (held != null) {
            try {
                held.close();
            } catch (SQLException e) {
                // a broken connection has released its lock already
            }
            held = null;
        }
    }
}
