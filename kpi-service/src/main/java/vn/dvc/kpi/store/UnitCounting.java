package vn.dvc.kpi.store;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import vn.dvc.commons.catalog.UnitCopy;
import vn.dvc.commons.jdbc.Jdbc;
import vn.dvc.commons.jdbc.Row;
import vn.dvc.contracts.catalog.Tier;
import vn.dvc.kpi.service.Scope;
import vn.dvc.rules.UnitCounts;

/** The units of a scope, how many have online payment enabled, its communes: counts over the unit copy, not over dossiers. */
@ApplicationScoped
public class UnitCounting {

    private final Jdbc jdbc;

    public UnitCounting(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public UnitCounts of(Scope scope) {
        List<Object> parameters = new ArrayList<>();
        String where = " WHERE 1 = 1";
        if (!scope.wholeTree()) {
            where += " AND (u.code = ? OR u.path LIKE ?)";
            parameters.addAll(List.of(scope.unitCode(), UnitCopy.belowPath(scope.path())));
        }
        if (scope.tier() != null) {
            where += " AND u.tier = ?";
            parameters.add(scope.tier().name());
        }
        Row row = jdbc.one("SELECT COUNT(*) AS units, COALESCE(SUM(CASE WHEN a.enabled THEN 1 ELSE 0 END), 0) AS enabled "
                + "FROM unit_copy u LEFT JOIN kpi_payment_account a ON a.unit_code = u.code" + where, parameters);
        return new UnitCounts(row.longValue("units"), row.longValue("enabled"));
    }

    /** The codes of the scope's communes. */
    public List<String> communesOf(Scope scope) {
        List<Object> parameters = new ArrayList<>(List.of(Tier.COMMUNE.name()));
        String where = " WHERE u.tier = ?";
        if (!scope.wholeTree()) {
            where += " AND (u.code = ? OR u.path LIKE ?)";
            parameters.addAll(List.of(scope.unitCode(), UnitCopy.belowPath(scope.path())));
        }
        return jdbc.rows("SELECT u.code FROM unit_copy u" + where, parameters).stream().map(row -> row.string("code")).toList();
    }
}
