package vn.dvc.kpi.store;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.dvc.commons.catalog.UnitCopy.PathChange;
import vn.dvc.commons.catalog.UnitCopy;
import vn.dvc.commons.jdbc.Jdbc;
import vn.dvc.commons.jdbc.Row;
import vn.dvc.contracts.catalog.Tier;
import vn.dvc.kpi.service.PeriodCover.Bucket;
import vn.dvc.kpi.service.PeriodCover;
import vn.dvc.kpi.service.ScopeKey;
import vn.dvc.rules.Measure;

/**
 * Recomputes summary rows from the units' own rows ({@code kpi_daily}, {@code kpi_offering_use}): for the subtrees
 * a tree change moved, for everything (a database from before the rows existed), and the one-off removal of year
 * rows. Writers attribute along the tree under a shared lock that a tree change takes exclusively.
 */
@ApplicationScoped
public class RollupRebuilds {

    private final Jdbc jdbc;
    private final UnitRollupKeys unitRollupKeys;
    private final RollupRows rollupRows;
    private final OfferingRollups offeringRollups;

    public RollupRebuilds(Jdbc jdbc, UnitRollupKeys unitRollupKeys, RollupRows rollupRows, OfferingRollups offeringRollups) {
        this.jdbc = jdbc;
        this.unitRollupKeys = unitRollupKeys;
        this.rollupRows = rollupRows;
        this.offeringRollups = offeringRollups;
    }

    /** Taken by a writer before it attributes along the tree: a tree change in progress finishes first. */
    static void waitForTreeChanges(Jdbc jdbc) {
        jdbc.rows("SELECT id FROM kpi_tree_lock WHERE id = 1 LOCK IN SHARE MODE", List.of());
    }

    /** Taken before the tree changes: waits for the writes attributing along it, and holds new ones until commit. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lockTree() {
        jdbc.rows("SELECT id FROM kpi_tree_lock WHERE id = 1 FOR UPDATE", List.of());
    }

    /**
     * The tree changed: units arrived or moved. Where such a unit's subtree already has rows (its dossiers came
     * first, or a populated subtree moved), the rows of every scope on its old and new paths — each with its tiers —
     * and of the whole tree's tier scopes are recomputed from the units' own rows. Units loaded before their
     * dossiers, the usual case, cost nothing here.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reattribute(List<PathChange> changes) {
        Set<String> units = new HashSet<>();
        Set<Tier> tiers = new HashSet<>();
        for (PathChange change : changes) {
            List<Row> populated = jdbc.rows("SELECT DISTINCT u.tier FROM kpi_daily d JOIN unit_copy u "
                    + "ON u.code = d.unit_code WHERE u.code = ? OR u.path LIKE ?",
                    List.of(change.code(), UnitCopy.belowPath(change.newPath())));
            if (populated.isEmpty()) {
                continue;
            }
            populated.forEach(row -> tiers.add(Tier.valueOf(row.string("tier"))));
            units.addAll(unitsAlong(change.oldPath()));
            units.addAll(unitsAlong(change.newPath()));
        }
        units.forEach(this::recomputeSubtree);
        tiers.forEach(tier -> {
            recomputeTierOfWholeTree(tier);
            offeringRollups.recomputeTierOfWholeTree(tier);
        });
    }

    private void recomputeSubtree(String unitCode) {
        Optional<String> path = jdbc.rows("SELECT path FROM unit_copy WHERE code = ?", List.of(unitCode)).stream()
                .map(row -> row.string("path")).findFirst();
        jdbc.update("DELETE FROM kpi_rollup WHERE scope_key = ? OR scope_key LIKE ?",
                List.of(ScopeKey.subtree(unitCode).value(), ScopeKey.everyTierPattern(unitCode)));
        offeringRollups.recomputeSubtree(unitCode, path.orElse(null));
        if (path.isEmpty()) {
            return;
        }
        Map<RollupRows.Key, Long> rolled = new LinkedHashMap<>();
        for (Row row : jdbc.rows("SELECT d.measure, d.day, u.tier, SUM(d.value) AS total FROM kpi_daily d "
                + "JOIN unit_copy u ON u.code = d.unit_code WHERE u.code = ? OR u.path LIKE ? "
                + "GROUP BY d.measure, d.day, u.tier", List.of(unitCode, UnitCopy.belowPath(path.get())))) {
            Measure measure = Measure.valueOf(row.string("measure"));
            for (Bucket bucket : PeriodCover.containing(row.day("day"))) {
                rolled.merge(new RollupRows.Key(ScopeKey.subtree(unitCode), measure, bucket), row.longValue("total"), Long::sum);
                rolled.merge(new RollupRows.Key(ScopeKey.subtree(unitCode).ofTier(Tier.valueOf(row.string("tier"))), measure,
                        bucket), row.longValue("total"), Long::sum);
            }
        }
        rollupRows.add(rolled);
    }

    private void recomputeTierOfWholeTree(Tier tier) {
        ScopeKey key = ScopeKey.WHOLE_TREE.ofTier(tier);
        jdbc.update("DELETE FROM kpi_rollup WHERE scope_key = ?", List.of(key.value()));
        Map<RollupRows.Key, Long> rolled = new LinkedHashMap<>();
        for (Row row : jdbc.rows("SELECT d.measure, d.day, SUM(d.value) AS total FROM kpi_daily d "
                + "JOIN unit_copy u ON u.code = d.unit_code WHERE u.tier = ? GROUP BY d.measure, d.day", List.of(tier.name()))) {
            Measure measure = Measure.valueOf(row.string("measure"));
            PeriodCover.containing(row.day("day")).forEach(bucket ->
                    rolled.merge(new RollupRows.Key(key, measure, bucket), row.longValue("total"), Long::sum));
        }
        rollupRows.add(rolled);
    }

    /** Recomputes every subtree row from the units' own rows, twenty units at a time (each statement stays short). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void rebuild() {
        lockTree();
        deleteInChunks("DELETE FROM kpi_rollup LIMIT 20000");
        deleteInChunks("DELETE FROM kpi_offering_rollup LIMIT 20000");
        List<String> units = jdbc.rows("SELECT DISTINCT unit_code FROM kpi_daily ORDER BY unit_code", List.of())
                .stream().map(row -> row.string("unit_code")).toList();
        for (int from = 0; from < units.size(); from += 20) {
            List<String> chunk = units.subList(from, Math.min(units.size(), from + 20));
            Map<String, List<ScopeKey>> scopes = unitRollupKeys.of(chunk);
            Map<RollupRows.Key, Long> rolled = new LinkedHashMap<>();
            for (Row row : jdbc.rows("SELECT unit_code, measure, day, value FROM kpi_daily WHERE unit_code IN ("
                    + Jdbc.placeholders(chunk.size()) + ")", chunk)) {
                Measure measure = Measure.valueOf(row.string("measure"));
                List<Bucket> buckets = PeriodCover.containing(row.day("day"));
                scopes.get(row.string("unit_code")).stream().filter(scope -> scope.keeps(measure))
                        .forEach(scope -> buckets.forEach(bucket ->
                                rolled.merge(new RollupRows.Key(scope, measure, bucket), row.longValue("value"), Long::sum)));
            }
            rollupRows.add(rolled);
            offeringRollups.rebuild(chunk, UnitRollupKeys.subtreesOnly(scopes));
        }
    }

    private void deleteInChunks(String deleteWithLimit) {
        while (jdbc.update(deleteWithLimit, List.of()) > 0) {
            // each statement short, whatever the table's size
        }
    }

    /** Whether the subtree rows are missing while units' own rows exist (a database from before they existed). */
    public boolean needsRebuild() {
        return jdbc.rows("SELECT scope_key FROM kpi_rollup LIMIT 1", List.of()).isEmpty()
                && !jdbc.rows("SELECT unit_code FROM kpi_daily LIMIT 1", List.of()).isEmpty();
    }

    /**
     * The year rows of a database from before a year was read from its months, removed one scope key at a time in
     * short transactions (a key's rows through the primary key); answers whether there was that to do.
     */
    public boolean removeYearRowsIfPending() {
        if (QuarkusTransaction.requiringNew().call(() -> jdbc.rows(
                "SELECT name FROM kpi_start_task WHERE name = 'remove-year-rows'", List.of()).isEmpty())) {
            return false;
        }
        removeYearRows("kpi_rollup");
        removeYearRows("kpi_offering_rollup");
        QuarkusTransaction.requiringNew().run(() ->
                jdbc.update("DELETE FROM kpi_start_task WHERE name = 'remove-year-rows'", List.of()));
        return true;
    }

    private void removeYearRows(String table) {
        List<String> keys = QuarkusTransaction.requiringNew().call(() -> jdbc.rows(
                "SELECT DISTINCT scope_key FROM " + table, List.of())).stream()
                .map(row -> row.string("scope_key")).toList();
        keys.forEach(key -> QuarkusTransaction.requiringNew().run(() -> jdbc.update(
                "DELETE FROM " + table + " WHERE scope_key = ? AND grain = 'Y'", List.of(key))));
    }

    private static Set<String> unitsAlong(String path) {
        return new HashSet<>(path == null ? List.of() : Arrays.asList(path.split(UnitCopy.SEPARATOR)));
    }
}
