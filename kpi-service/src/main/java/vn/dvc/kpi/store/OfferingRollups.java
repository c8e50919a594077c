package vn.dvc.kpi.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.dvc.commons.catalog.UnitCopy;
import vn.dvc.commons.jdbc.Jdbc;
import vn.dvc.commons.jdbc.Row;
import vn.dvc.contracts.catalog.Tier;
import vn.dvc.kpi.service.PeriodCover.Bucket;
import vn.dvc.kpi.service.PeriodCover;
import vn.dvc.kpi.service.ScopeKey;
import vn.dvc.rules.OfferingUse;

/**
 * Indicator 1's summary rows by subtree: the dossiers (and online ones) each offering received in a scope — a unit
 * with its subtree, the whole tree, each also per tier — by day and month, as {@code kpi_rollup} keeps the
 * other measures. Counting the offerings a scope used in a period then reads one scope's rows for the period's few
 * dozen buckets, whatever the number of units and days; the units' own rows ({@code kpi_offering_use}) are what these
 * are recomputed from when the tree changes.
 */
@ApplicationScoped
public class OfferingRollups {

    private final Jdbc jdbc;

    public OfferingRollups(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** @param scopes each unit's subtree scope keys (itself, its ancestors, the whole tree, with their tiers) */
    @Transactional(Transactional.TxType.MANDATORY)
    void add(Map<OfferingUse.Key, long[]> own, Map<String, List<ScopeKey>> scopes) {
        Map<RolledKey, long[]> rolled = new LinkedHashMap<>();
        own.forEach((key, sums) -> scopes.get(key.unitCode()).forEach(scope ->
                PeriodCover.containing(key.day()).forEach(bucket -> add(rolled,
                        new RolledKey(scope, bucket, key.serviceCode(), key.offeringTier()), sums[0], sums[1]))));
        upsert(rolled);
    }

    /** The rows of one subtree and its tiers, again from the own rows of the units now in it. */
    void recomputeSubtree(String unitCode, String path) {
        jdbc.update("DELETE FROM kpi_offering_rollup WHERE scope_key = ? OR scope_key LIKE ?",
                List.of(ScopeKey.subtree(unitCode).value(), ScopeKey.everyTierPattern(unitCode)));
        if (path == null) {
            return;
        }
        Map<RolledKey, long[]> rolled = new LinkedHashMap<>();
        for (Row row : jdbc.rows("SELECT x.day, x.service_code, x.offering_tier, u.tier, SUM(x.dossiers) AS dossiers, "
                + "SUM(x.online_dossiers) AS online_dossiers FROM kpi_offering_use x JOIN unit_copy u ON u.code = x.unit_code "
                + "WHERE u.code = ? OR u.path LIKE ? GROUP BY x.day, x.service_code, x.offering_tier, u.tier",
                List.of(unitCode, UnitCopy.belowPath(path)))) {
            for (ScopeKey scope : List.of(ScopeKey.subtree(unitCode), ScopeKey.subtree(unitCode).ofTier(Tier.valueOf(row.string("tier"))))) {
                addRow(rolled, scope, row);
            }
        }
        upsert(rolled);
    }

    /** The whole tree's rows of one tier, again from the own rows of that tier's units. */
    void recomputeTierOfWholeTree(Tier tier) {
        ScopeKey scope = ScopeKey.WHOLE_TREE.ofTier(tier);
        jdbc.update("DELETE FROM kpi_offering_rollup WHERE scope_key = ?", List.of(scope.value()));
        Map<RolledKey, long[]> rolled = new LinkedHashMap<>();
        for (Row row : jdbc.rows("SELECT x.day, x.service_code, x.offering_tier, SUM(x.dossiers) AS dossiers, "
                + "SUM(x.online_dossiers) AS online_dossiers FROM kpi_offering_use x JOIN unit_copy u ON u.code = x.unit_code "
                + "WHERE u.tier = ? GROUP BY x.day, x.service_code, x.offering_tier, u.tier", List.of(tier.name()))) {
            addRow(rolled, scope, row);
        }
        upsert(rolled);
    }

    /** The rows of these units' own uses rolled along their scopes (a chunk of a rebuild). */
    void rebuild(List<String> units, Map<String, List<ScopeKey>> scopes) {
        Map<OfferingUse.Key, long[]> own = new LinkedHashMap<>();
        for (Row row : jdbc.rows("SELECT unit_code, day, service_code, offering_tier, dossiers, online_dossiers "
                + "FROM kpi_offering_use WHERE unit_code IN (" + Jdbc.placeholders(units.size()) + ")", units)) {
            own.put(new OfferingUse.Key(row.string("unit_code"), row.day("day"), row.string("service_code"),
                    row.string("offering_tier")), new long[] {row.longValue("dossiers"), row.longValue("online_dossiers")});
        }
        add(own, scopes);
    }

    /**
     * The distinct offerings of a scope with a dossier (any, and online) in the runs' buckets, among those the
     * condition on {@code kpi_offering o} lets in.
     */
    long[] used(ScopeKey scopeKey, List<PeriodCover.Run> runs, String offeredSql, List<?> offeredParameters) {
        if (runs.isEmpty()) {
            return new long[] {0, 0};
        }
        List<Object> parameters = usedParameters(scopeKey, runs);
        parameters.addAll(offeredParameters);
        Row row = jdbc.rows("SELECT COUNT(DISTINCT x.service_code, x.offering_tier) AS used, "
                + "COUNT(DISTINCT CASE WHEN x.online_dossiers > 0 THEN CONCAT(x.service_code, '|', x.offering_tier) END) "
                + "AS used_online "
                + "FROM kpi_offering_rollup x JOIN kpi_offering o ON o.service_code = x.service_code AND o.tier = x.offering_tier "
                + "WHERE x.scope_key = ? AND " + PeriodCover.condition("x.", runs) + " AND x.dossiers > 0 AND "
                + offeredSql, parameters).get(0);
        return new long[] {row.longValue("used"), row.longValue("used_online")};
    }

    /**
     * The dossiers the scope received in the runs for fully online (FULL) offerings that the condition on
     * {@code kpi_offering o} lets in, and of them the online ones.
     */
    long[] fullyOnlineDossiers(ScopeKey scopeKey, List<PeriodCover.Run> runs, String offeredSql, List<?> offeredParameters) {
        if (runs.isEmpty()) {
            return new long[] {0, 0};
        }
        List<Object> parameters = usedParameters(scopeKey, runs);
        parameters.addAll(offeredParameters);
        Row row = jdbc.rows("SELECT COALESCE(SUM(x.dossiers), 0) AS dossiers, COALESCE(SUM(x.online_dossiers), 0) AS online_dossiers "
                + "FROM kpi_offering_rollup x WHERE x.scope_key = ? AND " + PeriodCover.condition("x.", runs)
                + " AND EXISTS (SELECT 1 FROM kpi_offering o WHERE o.service_code = x.service_code AND o.tier = x.offering_tier "
                + "AND o.online_mode = 'FULL' AND " + offeredSql + ")", parameters).get(0);
        return new long[] {row.longValue("dossiers"), row.longValue("online_dossiers")};
    }

    /** A condition on {@code o} (an offering) that holds when the scope used it in the runs' buckets. */
    static String usedCondition(List<PeriodCover.Run> runs) {
        return "EXISTS (SELECT 1 FROM kpi_offering_rollup x WHERE x.scope_key = ? AND x.service_code = o.service_code "
                + "AND x.offering_tier = o.tier AND x.dossiers > 0 AND " + PeriodCover.condition("x.", runs) + ")";
    }

    static List<Object> usedParameters(ScopeKey scopeKey, List<PeriodCover.Run> runs) {
        List<Object> parameters = new ArrayList<>();
        parameters.add(scopeKey.value());
        parameters.addAll(PeriodCover.parameters(runs));
        return parameters;
    }

    private static void addRow(Map<RolledKey, long[]> rolled, ScopeKey scope, Row row) {
        long dossiers = row.longValue("dossiers");
        long online = row.longValue("online_dossiers");
        for (Bucket bucket : PeriodCover.containing(row.day("day"))) {
            add(rolled, new RolledKey(scope, bucket, row.string("service_code"), row.string("offering_tier")), dossiers, online);
        }
    }

    private static void add(Map<RolledKey, long[]> rolled, RolledKey key, long dossiers, long online) {
        long[] sums = rolled.computeIfAbsent(key, k -> new long[2]);
        sums[0] += dossiers;
        sums[1] += online;
    }

    private void upsert(Map<RolledKey, long[]> rolled) {
        List<List<?>> rows = new ArrayList<>();
        rolled.forEach((key, sums) -> {
            if (sums[0] != 0 || sums[1] != 0) {
                rows.add(List.of(key.scope().value(), key.bucket().grain().code(), Date.valueOf(key.bucket().start()),
                        key.serviceCode(), key.offeringTier(), sums[0], sums[1]));
            }
        });
        jdbc.batch("INSERT INTO kpi_offering_rollup (scope_key, grain, period_start, service_code, offering_tier, "
                + "dossiers, online_dossiers) VALUES (?, ?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE "
                + "dossiers = dossiers + VALUES(dossiers), online_dossiers = online_dossiers + VALUES(online_dossiers)", rows);
    }

    private record RolledKey(ScopeKey scope, Bucket bucket, String serviceCode, String offeringTier) {
    }
}
