package vn.dvc.bench.baseline;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Row changes over a phase, from MariaDB's own counters: the server's {@code Handler_write/update/delete} deltas
 * (MariaDB 11.4 has no {@code Innodb_rows_*} status any more), and per service database and table the
 * user-statistics counter {@code ROWS_CHANGED} of {@code information_schema.TABLE_STATISTICS} (switched on and
 * flushed at the start). The handler counters include temporary tables and the baselines' own writes, and count an
 * upsert that updates as a write attempt and an update — so both are reported, the per-table one judged.
 */
public final class RowChanges {

    private static final List<String> STATUS = List.of("Handler_write", "Handler_update", "Handler_delete");

    private final BenchDatabase database;
    private final Map<String, Long> before;

    private RowChanges(BenchDatabase database, Map<String, Long> before) {
        this.database = database;
        this.before = before;
    }

    public static RowChanges start(BenchDatabase database) {
        try (Connection connection = database.connect(); Statement sql = connection.createStatement()) {
            sql.execute("SET GLOBAL userstat = 1");
            sql.execute("FLUSH TABLE_STATISTICS");
            return new RowChanges(database, status(sql));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read MariaDB's counters: " + e.getMessage(), e);
        }
    }

    /**
     * The deltas since {@link #start}: {@code server} (each status counter), {@code byDatabase} (rows changed per
     * service database, its tables' rows changed), and each divided by {@code dossierEvents}.
     */
    public Map<String, Object> finish(long dossierEvents) {
        try (Connection connection = database.connect(); Statement sql = connection.createStatement()) {
            Map<String, Long> after = status(sql);
            Map<String, Object> server = new LinkedHashMap<>();
            STATUS.forEach(name -> server.put(name, after.get(name) - before.get(name)));
            Map<String, Map<String, Long>> tables = new TreeMap<>();
            try (ResultSet rows = sql.executeQuery("SELECT TABLE_SCHEMA, TABLE_NAME, ROWS_CHANGED FROM "
                    + "information_schema.TABLE_STATISTICS WHERE TABLE_SCHEMA NOT IN ('bench', 'mysql', 'information_schema')")) {
                while (rows.next()) {
                    tables.computeIfAbsent(rows.getString(1), schema -> new TreeMap<>()).put(rows.getString(2), rows.getLong(3));
                }
            }
            Map<String, Object> byDatabase = new LinkedHashMap<>();
            long all = 0;
            for (Map.Entry<String, Map<String, Long>> schema : tables.entrySet()) {
                long changed = schema.getValue().values().stream().mapToLong(Long::longValue).sum();
                all += changed;
                byDatabase.put(schema.getKey(), Map.of("rowsChanged", changed,
                        "perDossierEvent", perEvent(changed, dossierEvents), "tables", schema.getValue()));
            }
            long handler = (Long) server.get("Handler_write") + (Long) server.get("Handler_update")
                    + (Long) server.get("Handler_delete");
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("dossierEvents", dossierEvents);
            result.put("rowsChangedPerDossierEvent", perEvent(all, dossierEvents));
            result.put("handlerRowsPerDossierEvent", perEvent(handler, dossierEvents));
            result.put("server", server);
            result.put("byDatabase", byDatabase);
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read MariaDB's counters: " + e.getMessage(), e);
        }
    }

    private static double perEvent(long rows, long events) {
        return events == 0 ? 0 : Math.round(rows * 100.0 / events) / 100.0;
    }

    private static Map<String, Long> status(Statement sql) throws SQLException {
        Map<String, Long> values = new LinkedHashMap<>();
        try (ResultSet rows = sql.executeQuery("SHOW GLOBAL STATUS WHERE Variable_name IN ('" + String.join("','", STATUS) + "')")) {
            while (rows.next()) {
                values.put(rows.getString(1), rows.getLong(2));
            }
        }
        return values;
    }
}
