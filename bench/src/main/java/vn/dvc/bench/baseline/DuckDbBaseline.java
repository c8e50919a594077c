package vn.dvc.bench.baseline;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.dvc.bench.province.Province;
import vn.dvc.bench.province.ProvinceGenerator;
import vn.dvc.bench.province.ProvinceShape;

/**
 * The column store an analyst would reach for: the same indicator 2 over the same generated dossier rows as
 * {@link GroupByBaseline} (same units, same formulas, so the same answers), computed by DuckDB in this process, in
 * memory, with all the threads it wants. Filled fresh each run (DuckDB fills 10 M rows in seconds).
 */
public final class DuckDbBaseline {

    private DuckDbBaseline() {
    }

    public static List<GroupByBaseline.Result> run(long seed, LocalDate from, LocalDate to, List<String> scopes, long... sizes) {
        List<GroupByBaseline.Result> results = new ArrayList<>();
        Province province = ProvinceGenerator.generate(GroupByBaseline.NAMESPACE, ProvinceShape.of(1), seed);
        FactUnits units = FactUnits.of(province);
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:")) {
            fillUnits(connection, units);
            for (long size : sizes) {
                String table = "fact_" + size;
                double fill = fillFacts(connection, table, size, units.units().size());
                for (String scope : scopes) {
                    results.add(GroupByBaseline.measure(connection, table, size, scope, from, to, fill));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("DuckDB baseline failed: " + e.getMessage(), e);
        }
        return results;
    }

    private static void fillUnits(Connection connection, FactUnits units) throws SQLException {
        try (Statement sql = connection.createStatement()) {
            sql.execute("CREATE TABLE fact_unit (n INTEGER PRIMARY KEY, code VARCHAR NOT NULL UNIQUE, path VARCHAR NOT NULL)");
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO fact_unit VALUES (?, ?, ?)")) {
            for (FactUnits.FactUnit unit : units.units()) {
                insert.setInt(1, unit.number());
                insert.setString(2, unit.code());
                insert.setString(3, unit.path());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** The rows {@link GroupByBaseline} makes, by the same formulas over the same sequence. */
    private static double fillFacts(Connection connection, String table, long size, int units) throws SQLException {
        long start = System.nanoTime();
        try (Statement sql = connection.createStatement()) {
            sql.execute("CREATE TABLE " + table + " AS SELECT 'D' || seq AS dossier_id, 1 AS version, u.code AS unit_code, "
                    + "'TT.' || lpad(CAST(1 + seq % 1784 AS VARCHAR), 4, '0') AS service_code, "
                    + "CASE WHEN seq % 5 = 0 THEN 'ONLINE' WHEN seq % 50 = 1 THEN 'POSTAL' ELSE 'DIRECT' END AS channel, "
                    + "DATE '2022-01-01' + CAST((seq * 7919) % 365 AS INTEGER) AS received_day, seq % 3 > 0 AS inputs_digitised, "
                    + "seq % 4 = 0 AS fee_required, CASE WHEN seq % 9 = 0 THEN NULL ELSE 'RESOLVED' END AS closure, "
                    + "DATE '2022-01-01' + CAST((seq * 7919) % 365 + seq % 11 AS INTEGER) AS end_day, "
                    + "CASE WHEN seq % 27 = 0 THEN 'LATE' ELSE 'ON_TIME' END AS timeliness, seq % 5 = 0 AS electronic_result "
                    + "FROM range(1, " + (size + 1) + ") r(seq) JOIN fact_unit u ON u.n = seq % " + units);
        }
        return (System.nanoTime() - start) / 1e9;
    }
}
