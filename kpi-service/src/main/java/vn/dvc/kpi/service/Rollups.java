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
import vn.dvc.commons.web.PortalTime;
import vn.dvc.kpi.rules.Contribution;
import vn.dvc.kpi.rules.Measure;
import vn.dvc.kpi.rules.OfferingUse;
import vn.dvc.kpi.rules.Sums;

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

    @Transactional(Transactional.TxType.MANDATORY)
    public void addUses(List<OfferingUse> uses) {
        Map<OfferingUse.Key, long[]> folded = new LinkedHashMap<>();
        uses.forEach(use -> {
            long[] sums = folded.computeIfAbsent(use.key(), key -> new long[2]);
            sums[0] += use.dossiers();
            sums[1] += use.onlineDossiers();
        });
        List<List<?>> rows = new ArrayList<>();
        folded.forEach((key, sums) -> {
            if (sums[0] != 0 || sums[1] != 0) {
                rows.add(List.of(key.unitCode(), Date.valueOf(key.day()), key.serviceCode(), key.offeringTier(), sums[0], sums[1]));
            }
        });
        jdbc.batch("INSERT INTO kpi_offering_use (unit_code, day, service_code, offering_tier, dossiers, online_dossiers) "
                + "VALUES (?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE dossiers = dossiers + VALUES(dossiers), "
                + "online_dossiers = online_dossiers + VALUES(online_dossiers)", rows);
    }

    /**
     * What the rules need for the subtree at {@code path} (the whole tree when null): the measures summed over the
     * local days {@code [from, to)}, and the others over every day before the period's end — {@code to}, or the end
     * of today when that is sooner ("open at the period's end, or now").
     */
    public Sums sums(String path, LocalDate from, LocalDate to, Set<Measure> inPeriod, Set<Measure> beforeEnd) {
        LocalDate endOfToday = LocalDate.now(PortalTime.LOCAL_ZONE).plusDays(1);
        LocalDate end = to.isAfter(endOfToday) ? endOfToday : to;
        return new Sums(sum(path, from, to, inPeriod), sum(path, null, end, beforeEnd));
    }

    private Map<Measure, Long> sum(String path, LocalDate from, LocalDate to, Set<Measure> measures) {
        Map<Measure, Long> sums = new EnumMap<>(Measure.class);
        if (measures.isEmpty()) {
            return sums;
        }
        List<Object> parameters = new ArrayList<>();
        StringBuilder where = new StringBuilder(" WHERE d.day < ?");
        parameters.add(Date.valueOf(to));
        if (from != null) {
            where.append(" AND d.day >= ?");
            parameters.add(Date.valueOf(from));
        }
        if (path != null) {
            where.append(" AND (u.path = ? OR u.path LIKE ?)");
            parameters.addAll(List.of(path, UnitCopy.belowPath(path)));
        }
        where.append(" AND d.measure IN (").append(Jdbc.placeholders(measures.size())).append(")");
        measures.forEach(measure -> parameters.add(measure.name()));
        for (Object[] row : jdbc.query("SELECT d.measure, SUM(d.value) FROM unit_copy u "
                + "JOIN kpi_daily d ON d.unit_code = u.code" + where + " GROUP BY d.measure", parameters)) {
            sums.put(Measure.valueOf((String) row[0]), ((Number) row[1]).longValue());
        }
        return sums;
    }
}
