package vn.dvc.bench.baseline;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.dvc.bench.province.Province;
import vn.dvc.bench.province.ProvinceGenerator;
import vn.dvc.bench.province.ProvinceShape;

/**
 * What the summary rows save: indicator 2 (online dossiers / dossiers received) for a scope and period computed the
 * direct way — a {@code GROUP BY}-style aggregate over one row per dossier, shaped like kpi-service's
 * {@code kpi_dossier}, joined to the unit tree for the subtree — at 1 M and 10 M dossiers. The fact table gets the
 * best index for the query (day, unit, channel: the aggregate reads the index alone). Tables are filled once with
 * MariaDB's sequence engine, for a province of the same shape under the namespace {@value #NAMESPACE}, and kept for
 * later runs.
 */
public final class GroupByBaseline {

    /** The unit codes of the fact tables: scopes are named in it ({@code GB}, {@code GB.H01}). */
    public static final String NAMESPACE = "GB";
    private static final int RUNS = 3;

    private GroupByBaseline() {
    }

    /** One scope's aggregate at one size: its answer and the median of {@link #RUNS} runs (the first one cold). */
    public record Result(long dossiers, String scope, long online, long received, double firstMillis, double medianMillis,
                         double fillSeconds) {
    }

    /** @param scopes unit codes of a scale-1 province under {@link #NAMESPACE} */
    public static List<Result> run(BenchDatabase database, long seed, LocalDate from, LocalDate to,
                                   List<String> scopes, long... sizes) {
        List<Result> results = new ArrayList<>();
        Province province = ProvinceGenerator.generate(NAMESPACE, ProvinceShape.of(1), seed);
        try (Connection connection = database.connect()) {
            fillUnits(connection, province);
            for (long size : sizes) {
                String table = "fact_" + size;
                double fill = ensureFacts(connection, table, size);
                for (String scope : scopes) {
                    results.add(measure(connection, table, size, scope, from, to, fill));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("GROUP BY baseline failed: " + e.getMessage(), e);
        }
        return results;
    }

    static Result measure(Connection connection, String table, long size, String scope, LocalDate from,
                                  LocalDate to, double fill) throws SQLException {
        String sql = FactUnits.indicatorTwo(table);
        double[] millis = new double[RUNS];
        long online = 0;
        long received = 0;
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, scope);
            query.setString(2, "%/" + scope + "/%");
            query.setObject(3, from);
            query.setObject(4, to);
            for (int run = 0; run < RUNS; run++) {
                long start = System.nanoTime();
                try (ResultSet rows = query.executeQuery()) {
                    rows.next();
                    online = rows.getLong(1);
                    received = rows.getLong(2);
                }
                millis[run] = (System.nanoTime() - start) / 1e6;
            }
        }
        double first = millis[0];
        Arrays.sort(millis);
        return new Result(size, scope, online, received, first, millis[RUNS / 2], fill);
    }

    /** The province's units with their paths ({@code /root/…/unit/}), numbered for the fill. */
    private static void fillUnits(Connection connection, Province province) throws SQLException {
        try (Statement sql = connection.createStatement()) {
            sql.execute("DROP TABLE IF EXISTS fact_unit");
            sql.execute("CREATE TABLE fact_unit (n INT NOT NULL PRIMARY KEY, code VARCHAR(50) NOT NULL UNIQUE, "
                    + "path VARCHAR(500) NOT NULL)");
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO fact_unit (n, code, path) VALUES (?, ?, ?)")) {
            for (FactUnits.FactUnit unit : FactUnits.of(province).units()) {
                insert.setInt(1, unit.number());
                insert.setString(2, unit.code());
                insert.setString(3, unit.path());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /**
     * One row per dossier, spread over the units and the year's days, a fifth online; filled a million rows per
     * statement. Kept when it already has the rows.
     */
    private static double ensureFacts(Connection connection, String table, long size) throws SQLException {
        long units;
        try (Statement sql = connection.createStatement(); ResultSet count = sql.executeQuery("SELECT COUNT(*) FROM fact_unit")) {
            count.next();
            units = count.getLong(1);
        }
        try (Statement sql = connection.createStatement()) {
            sql.execute("CREATE TABLE IF NOT EXISTS " + table + " (dossier_id VARCHAR(100) NOT NULL PRIMARY KEY, "
                    + "version BIGINT NOT NULL, unit_code VARCHAR(50) NOT NULL, service_code VARCHAR(50), "
                    + "channel VARCHAR(10), received_day DATE, inputs_digitised BOOLEAN NOT NULL, fee_required BOOLEAN NOT NULL, "
                    + "closure VARCHAR(20), end_day DATE, timeliness VARCHAR(10), electronic_result BOOLEAN NOT NULL, "
                    + "KEY by_day (received_day, unit_code, channel))");
            long existing;
            try (ResultSet count = sql.executeQuery("SELECT COUNT(*) FROM " + table)) {
                count.next();
                existing = count.getLong(1);
            }
            long start = System.nanoTime();
            if (existing != size) {
                sql.execute("TRUNCATE TABLE " + table);
                for (long offset = 0; offset < size; offset += 1_000_000) {
                    long upTo = Math.min(size, offset + 1_000_000);
                    sql.execute("INSERT INTO " + table + " SELECT CONCAT('D', seq), 1, u.code, "
                            + "CONCAT('TT.', LPAD(1 + seq % 1784, 4, '0')), IF(seq % 5 = 0, 'ONLINE', IF(seq % 50 = 1, 'POSTAL', 'DIRECT')), "
                            + "DATE '2022-01-01' + INTERVAL (seq * 7919) % 365 DAY, seq % 3 > 0, seq % 4 = 0, "
                            + "IF(seq % 9 = 0, NULL, 'RESOLVED'), DATE '2022-01-01' + INTERVAL ((seq * 7919) % 365 + seq % 11) DAY, "
                            + "IF(seq % 27 = 0, 'LATE', 'ON_TIME'), seq % 5 = 0 FROM seq_" + (offset + 1) + "_to_" + upTo
                            + " JOIN fact_unit u ON u.n = seq % " + units);
                }
                sql.execute("ANALYZE TABLE " + table);
            }
            return (System.nanoTime() - start) / 1e9;
        }
    }
}
