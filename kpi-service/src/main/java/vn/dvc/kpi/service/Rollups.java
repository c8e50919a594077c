package vn.dvc.kpi.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.dvc.commons.catalog.UnitCopy;
import vn.dvc.commons.jdbc.Jdbc;
import vn.dvc.kpi.rules.Contribution;
import vn.dvc.kpi.rules.Measure;

/**
 * The summary rows: one counter per unit, measure and local day. Writes fold a batch's deltas per row first (one
 * upsert per row per batch, no hot-row queue); reads sum a subtree's rows over a day range through the primary
 * key, never touching a dossier.
 */
@ApplicationScoped
public class Rollups {

    private final Jdbc jdbc;

    public Rollups(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void add(List<Contribution> contributions) {
        Map<Contribution.Key, Long> folded = new LinkedHashMap<>();
        contributions.forEach(c -> folded.merge(c.key(), c.delta(), Long::sum));
        List<List<?>> rows = new ArrayList<>();
        folded.forEach((key, delta) -> {
            if (delta != 0) {
                rows.add(List.of(key.unitCode(), key.measure().name(), Date.valueOf(key.day()), delta));
            }
        });
        jdbc.batch("INSERT INTO kpi_daily (unit_code, measure, day, value) VALUES (?, ?, ?, ?) "
                + "ON DUPLICATE KEY UPDATE value = value + VALUES(value)", rows);
    }

    /**
     * Sums of the measures over the local days {@code [from, to)} and the subtree at {@code path}, or the whole
     * tree when the path is null.
     */
    public Map<Measure, Long> sums(String path, LocalDate from, LocalDate to, Set<Measure> measures) {
        Map<Measure, Long> sums = new EnumMap<>(Measure.class);
        List<Object> parameters = new ArrayList<>();
        String scope = "";
        if (path != null) {
            scope = "(u.path = ? OR u.path LIKE ?) AND ";
            parameters.addAll(List.of(path, UnitCopy.belowPath(path)));
        }
        parameters.addAll(List.of(Date.valueOf(from), Date.valueOf(to)));
        measures.forEach(measure -> parameters.add(measure.name()));
        for (Object[] row : jdbc.query("SELECT d.measure, SUM(d.value) FROM unit_copy u "
                + "JOIN kpi_daily d ON d.unit_code = u.code "
                + "WHERE " + scope + "d.day >= ? AND d.day < ? "
                + "AND d.measure IN (" + Jdbc.placeholders(measures.size()) + ") GROUP BY d.measure", parameters)) {
            sums.put(Measure.valueOf((String) row[0]), ((Number) row[1]).longValue());
        }
        return sums;
    }

}
