package vn.dvc.payment.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.dvc.commons.catalog.UnitCopy;
import vn.dvc.commons.catalog.UnknownUnit;
import vn.dvc.commons.jdbc.Jdbc;
import vn.dvc.commons.jdbc.Row;
import vn.dvc.contracts.catalog.Tier;
import vn.dvc.payment.model.Amounts;
import vn.dvc.payment.model.AppendixRow;
import vn.dvc.payment.model.PaymentKind;
import vn.dvc.payment.model.PaymentStatus;
import vn.dvc.payment.model.Tally;
import vn.dvc.payment.model.TallyGrouping;
import vn.dvc.payment.model.TallyReport;
import vn.dvc.rules.CopiedUnit;

/**
 * Counts and sums of payments over a unit's subtree (a path prefix in the unit copy), a tier, a kind and a period
 * of local days, grouped as asked. Sums are exact: SQL sums BIGINT into DECIMAL, read here as BigInteger.
 */
@ApplicationScoped
public class Tallies {

    private final Jdbc jdbc;
    private final UnitCopy units;

    public Tallies(Jdbc jdbc, UnitCopy units) {
        this.jdbc = jdbc;
        this.units = units;
    }

    public TallyReport tally(Scope scope, TallyGrouping grouping) {
        Map<String, Tally> groups = new TreeMap<>();
        List<Row> rows = jdbc.rows("SELECT " + grouping.keyExpression() + " AS group_key, p.status, COUNT(*) AS payments, "
                + "SUM(p.amount_vnd) AS amount FROM payment p JOIN unit_copy u ON u.code = p.unit_code" + scope.where()
                + " GROUP BY group_key, p.status", scope.parameters());
        Map<String, CopiedUnit> named = grouping == TallyGrouping.UNIT
                ? units.byCodes(rows.stream().map(row -> row.string("group_key")).distinct().toList()) : Map.of();
        for (Row row : rows) {
            String key = row.string("group_key");
            String label = named.containsKey(key) ? named.get(key).name() : null;
            Amounts amounts = new Amounts(row.longValue("payments"), exact(row.value("amount")));
            groups.merge(key, Tally.empty(key, label).plus(PaymentStatus.valueOf(row.string("status")), amounts), Tally::plus);
        }
        Tally total = groups.values().stream().reduce(Tally.empty("TOTAL", null), Tally::plus);
        return new TallyReport(scope.unit(), scope.tier(), scope.kind() == null ? null : scope.kind().name(),
                scope.from(), scope.to(), grouping.name(), List.copyOf(groups.values()), total);
    }

    /** The plan's appendix 5: successful payments per unit and field, by unit code then field. */
    public List<AppendixRow> appendixFive(Scope scope) {
        List<Row> rows = jdbc.rows("SELECT p.unit_code, p.field, COUNT(*) AS payments, SUM(p.amount_vnd) AS amount FROM payment p "
                + "JOIN unit_copy u ON u.code = p.unit_code" + scope.where() + " AND p.status = 'SUCCESS' "
                + "GROUP BY p.unit_code, p.field ORDER BY p.unit_code, p.field", scope.parameters());
        Map<String, CopiedUnit> named = units.byCodes(rows.stream().map(row -> row.string("unit_code")).distinct().toList());
        List<AppendixRow> lines = new ArrayList<>();
        for (Row row : rows) {
            CopiedUnit unit = named.get(row.string("unit_code"));
            lines.add(new AppendixRow(lines.size() + 1, row.string("unit_code"), unit == null ? null : unit.name(),
                    row.string("field"), row.longValue("payments"), exact(row.value("amount"))));
        }
        return lines;
    }

    /** A scope checked against the unit copy: an unknown unit is a 422 naming {@code unit}. */
    public Scope scope(String unit, Tier tier, PaymentKind kind, LocalDate from, LocalDate to) {
        String path = null;
        if (unit != null) {
            path = units.pathOf(unit).orElseThrow(() -> UnknownUnit.unprocessable("unit", unit));
        }
        return new Scope(unit, path, tier, kind, from, to);
    }

    private static BigInteger exact(Object sum) {
        return sum == null ? BigInteger.ZERO : new BigDecimal(sum.toString()).toBigIntegerExact();
    }

    public record Scope(String unit, String path, Tier tier, PaymentKind kind, LocalDate from, LocalDate to) {

        String where() {
            return " WHERE p.paid_day >= ? AND p.paid_day < ?" + (path == null ? "" : " AND (u.code = ? OR u.path LIKE ?)")
                    + (tier == null ? "" : " AND u.tier = ?") + (kind == null ? "" : " AND p.kind = ?");
        }

        List<Object> parameters() {
            List<Object> parameters = new ArrayList<>(List.of(Date.valueOf(from), Date.valueOf(to)));
            if (path != null) {
                parameters.add(unit);
                parameters.add(UnitCopy.belowPath(path));
            }
            if (tier != null) {
                parameters.add(tier.name());
            }
            if (kind != null) {
                parameters.add(kind.name());
            }
            return parameters;
        }
    }
}
