package vn.dvc.commons.jdbc;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * Plain SQL on the service's data source, for summary rows and bulk writes where an entity would only add cost.
 * Inside a JTA transaction Agroal hands out the transaction's own connection, so these statements commit or roll
 * back with everything else the transaction did.
 */
@ApplicationScoped
public class Jdbc {

    private final DataSource dataSource;

    public Jdbc(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The rows of a query, each read by column name. */
    public List<Row> rows(String sql, List<?> parameters) {
        List<Row> result = new ArrayList<>();
        select(sql, parameters, false, (columns, values) -> result.add(new Row(columns, values)));
        return result;
    }

    /** The one row of a query that always answers one (an aggregate without GROUP BY). */
    public Row one(String sql, List<?> parameters) {
        List<Row> rows = rows(sql, parameters);
        if (rows.size() != 1) {
            throw new IllegalStateException("expected one row, got " + rows.size() + ": " + sql);
        }
        return rows.get(0);
    }

    /**
     * Each row as the server sends it, never the whole result held at once (the driver's streaming mode): for reads
     * over whole tables, whose size grows with the data, not with the request. The action must not run SQL itself:
     * the connection is busy until the last row is read.
     */
    public void forEach(String sql, List<?> parameters, Consumer<Row> action) {
        select(sql, parameters, true, (columns, values) -> action.accept(new Row(columns, values)));
    }

    private void select(String sql, List<?> parameters, boolean streamed,
                        BiConsumer<Map<String, Integer>, Object[]> sink) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = streamed ? connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY,
                     ResultSet.CONCUR_READ_ONLY) : connection.prepareStatement(sql)) {
            if (streamed) {
                statement.setFetchSize(Integer.MIN_VALUE);
            }
            bind(statement, parameters);
            try (ResultSet rows = statement.executeQuery()) {
                ResultSetMetaData metaData = rows.getMetaData();
                String[] labels = new String[metaData.getColumnCount()];
                for (int i = 0; i < labels.length; i++) {
                    labels[i] = metaData.getColumnLabel(i + 1);
                }
                Map<String, Integer> columns = Row.columnsOf(labels);
                while (rows.next()) {
                    Object[] values = new Object[labels.length];
                    for (int i = 0; i < labels.length; i++) {
                        values[i] = rows.getObject(i + 1);
                    }
                    sink.accept(columns, values);
                }
            }
        } catch (SQLException e) {
            throw new JdbcException(sql, e);
        }
    }

    public int update(String sql, List<?> parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = prepare(connection, sql, parameters)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new JdbcException(sql, e);
        }
    }

    /** Row counts of the multi-row statements a batch of inserts is cut into, largest first. */
    private static final int[] CHUNKS = {256, 32, 4, 1};

    /**
     * One statement, many parameter rows. An {@code INSERT … VALUES} goes as multi-row statements of a few fixed sizes
     * (each prepared once per connection and cached); any other statement as a JDBC batch.
     */
    public void batch(String sql, List<List<?>> rows) {
        if (rows.isEmpty()) {
            return;
        }
        Optional<MultiRowInsert> insert = rows.size() == 1 ? Optional.empty() : MultiRowInsert.of(sql);
        try (Connection connection = dataSource.getConnection()) {
            if (insert.isPresent()) {
                insertInChunks(connection, insert.get(), rows);
            } else {
                try (PreparedStatement statement = connection.prepareStatement(sql)) {
                    for (List<?> row : rows) {
                        bind(statement, row);
                        statement.addBatch();
                    }
                    statement.executeBatch();
                }
            }
        } catch (SQLException e) {
            throw new JdbcException(sql, e);
        }
    }

    private static void insertInChunks(Connection connection, MultiRowInsert insert, List<List<?>> rows) throws SQLException {
        int done = 0;
        for (int size : CHUNKS) {
            if (rows.size() - done < size) {
                continue;
            }
            try (PreparedStatement statement = connection.prepareStatement(insert.forRows(size))) {
                while (rows.size() - done >= size) {
                    int parameter = 1;
                    for (List<?> row : rows.subList(done, done + size)) {
                        for (Object value : row) {
                            bind(statement, parameter++, value);
                        }
                    }
                    statement.executeUpdate();
                    done += size;
                }
            }
        }
    }

    /** A BOOLEAN column as the driver returns it: Boolean from MySQL, a number from some MariaDB setups. */
    public static boolean bool(Object column) {
        return column instanceof Boolean value ? value : ((Number) column).intValue() != 0;
    }

    /** A TIMESTAMP column (stored in UTC) as the driver returns it: Timestamp or LocalDateTime; null stays null. */
    public static Instant instant(Object column) {
        if (column instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        return column == null ? null : ((LocalDateTime) column).toInstant(ZoneOffset.UTC);
    }

    /** A DATE column as a LocalDate; null stays null. */
    public static LocalDate localDate(Object column) {
        return column == null ? null : ((java.sql.Date) column).toLocalDate();
    }

    public static String placeholders(int count) {
        return String.join(",", Collections.nCopies(count, "?"));
    }

    private static PreparedStatement prepare(Connection connection, String sql, List<?> parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        bind(statement, parameters);
        return statement;
    }

    private static void bind(PreparedStatement statement, List<?> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            bind(statement, i + 1, parameters.get(i));
        }
    }

    private static void bind(PreparedStatement statement, int index, Object value) throws SQLException {
        // the driver's setObject looks the value's class up in a map for every parameter: with the summary rows'
        // multi-row upserts that lookup was 4 % of kpi-service's CPU (JFR); the common types go straight in
        if (value instanceof String text) {
            statement.setString(index, text);
        } else if (value instanceof Long number) {
            statement.setLong(index, number);
        } else if (value instanceof Integer number) {
            statement.setInt(index, number);
        } else {
            statement.setObject(index, value);
        }
    }

    /** A failed statement; its cause keeps the SQL state, so transient faults stay recognisable. */
    public static class JdbcException extends RuntimeException {
        JdbcException(String sql, SQLException cause) {
            super("SQL failed (" + cause.getSQLState() + "): " + sql.split("\\s+")[0] + " …", cause);
        }
    }
}
