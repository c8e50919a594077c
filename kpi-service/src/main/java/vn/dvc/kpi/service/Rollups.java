package vn.dvc.kpi.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.dvc.commons.catalog.UnitCopy;
import vn.dvc.commons.catalog.UnitCopy.PathChange;
import vn.dvc.commons.jdbc.Jdbc;
import vn.dvc.commons.web.PortalTime;
import vn.dvc.kpi.rules.Contribution;
import vn.dvc.kpi.rules.Measure;
import vn.dvc.kpi.rules.OfferingUse;
import vn.dvc.kpi.rules.Sums;
import vn.dvc.kpi.service.PeriodCover.Bucket;

/**
 * The summary rows. Each contribution lands in its unit's own daily row ({@code kpi_daily}) and in the day, month
 * and year rows of the unit's own key ({@code <unit>!}), of the unit's subtree, of every ancestor and of the whole tree
 * ({@code kpi_rollup}); writes fold a batch's deltas per row first (one upsert per row per batch). Reads take one
 * key's rows through the primary key, a few dozen buckets per measure ({@link PeriodCover}), never touching a
 * dossier. When the tree changes, the moved subtrees' own rows are taken from their old ancestors and given to the new
 * ones. Offering use is rolled up the same way ({@link OfferingRollups}).
 */
@ApplicationScoped
public class Rollups {

    /** The row key of the whole tree; no unit code can contain it. */
    static final String WHOLE_TREE = "*";
    /** Joins a scope's key and a tier: the rows of that tier's units only. */
    static final String TIER_MARK = "@";
    /** Ends a unit's own key: its own rows, without the units below it (a unit's reported total is its own count). */
    static final String OWN_MARK = "!";
    /** Before any electronic dossier: "everything before the end" starts here. */
    static final LocalDate BEGINNING = LocalDate.of(2000, 1, 1);

    private final Jdbc jdbc;
    private final OfferingRollups offeringRollups;

    public Rollups(Jdbc jdbc, OfferingRollups offeringRollups) {
        this.jdbc = jdbc;
        this.offeringRollups = offeringRollups;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void add(List<Contribution> contributions) {
        Map<Contribution.Key, Long> own = new LinkedHashMap<>();
        contributions.forEach(c -> own.merge(c.key(), c.delta(), Long::sum));
        own.values().removeIf(delta -> delta == 0);
        if (own.isEmpty()) {
            return;
        }
        jdbc.batch("INSERT INTO kpi_daily (unit_code, measure, day, value) VALUES (?, ?, ?, ?) "
                + "ON DUPLICATE KEY UPDATE value = value + VALUES(value)", own.entrySet().stream()
                .<List<?>>map(row -> List.of(row.getKey().unitCode(), row.getKey().measure().name(),
                        Date.valueOf(row.getKey().day()), row.getValue())).toList());
        jdbc.query("SELECT id FROM kpi_tree_lock WHERE id = 1 LOCK IN SHARE MODE", List.of());
        Map<String, List<String>> scopes = scopesOf(own.keySet().stream().map(Contribution.Key::unitCode).toList());
        Map<RollupKey, Long> rolled = new LinkedHashMap<>();
        own.forEach((key, delta) -> scopes.get(key.unitCode()).stream().filter(scope -> kept(scope, key.measure().name()))
                .forEach(scope -> PeriodCover.containing(key.day()).forEach(bucket ->
                        rolled.merge(new RollupKey(scope, key.measure().name(), bucket), delta, Long::sum))));
        upsertRollups(rolled);
    }

    /** Taken before the tree changes: waits for the writes attributing along it, and holds new ones until commit. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lockTree() {
        jdbc.query("SELECT id FROM kpi_tree_lock WHERE id = 1 FOR UPDATE", List.of());
    }

    /**
     * The tree changed: units arrived or moved. Where such a unit's subtree already has rows (its dossiers came
     * first, or a populated subtree moved), the rows of every scope on its old and new paths — each with its tiers —
     * and of the whole tree's tier scopes are recomputed from the units' own rows. Units loaded before their
     * dossiers, the usual case, cost nothing here.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reattribute(List<PathChange> changes) {
        Set<String> scopes = new HashSet<>();
        Set<String> tiers = new HashSet<>();
        for (PathChange change : changes) {
            List<Object[]> populated = jdbc.query("SELECT DISTINCT u.tier FROM kpi_daily d JOIN unit_copy u "
                    + "ON u.code = d.unit_code WHERE u.code = ? OR u.path LIKE ?",
                    List.of(change.code(), UnitCopy.belowPath(change.newPath())));
            if (populated.isEmpty()) {
                continue;
            }
            populated.forEach(row -> tiers.add((String) row[0]));
            scopes.addAll(ancestors(change.oldPath(), null));
            scopes.addAll(ancestors(change.newPath(), null));
        }
        scopes.forEach(this::recomputeSubtree);
        tiers.forEach(tier -> {
            recomputeTierOfWholeTree(tier);
            offeringRollups.recomputeTierOfWholeTree(tier);
        });
    }

    private void recomputeSubtree(String unitCode) {
        Optional<String> path = jdbc.query("SELECT path FROM unit_copy WHERE code = ?", List.of(unitCode)).stream()
                .map(row -> (String) row[0]).findFirst();
        jdbc.update("DELETE FROM kpi_rollup WHERE unit_code = ? OR unit_code LIKE ?",
                List.of(unitCode, UnitCopy.literal(unitCode) + TIER_MARK + "%"));
        offeringRollups.recomputeSubtree(unitCode, path.orElse(null));
        if (path.isEmpty()) {
            return;
        }
        Map<RollupKey, Long> rolled = new LinkedHashMap<>();
        for (Object[] row : jdbc.query("SELECT d.measure, d.day, u.tier, SUM(d.value) FROM kpi_daily d "
                + "JOIN unit_copy u ON u.code = d.unit_code WHERE u.code = ? OR u.path LIKE ? "
                + "GROUP BY d.measure, d.day, u.tier", List.of(unitCode, UnitCopy.belowPath(path.get())))) {
            long value = ((Number) row[3]).longValue();
            for (Bucket bucket : PeriodCover.containing(((Date) row[1]).toLocalDate())) {
                rolled.merge(new RollupKey(unitCode, (String) row[0], bucket), value, Long::sum);
                rolled.merge(new RollupKey(unitCode + TIER_MARK + row[2], (String) row[0], bucket), value, Long::sum);
            }
        }
        upsertRollups(rolled);
    }

    private void recomputeTierOfWholeTree(String tier) {
        String key = WHOLE_TREE + TIER_MARK + tier;
        jdbc.update("DELETE FROM kpi_rollup WHERE unit_code = ?", List.of(key));
        Map<RollupKey, Long> rolled = new LinkedHashMap<>();
        for (Object[] row : jdbc.query("SELECT d.measure, d.day, SUM(d.value) FROM kpi_daily d "
                + "JOIN unit_copy u ON u.code = d.unit_code WHERE u.tier = ? GROUP BY d.measure, d.day", List.of(tier))) {
            long value = ((Number) row[2]).longValue();
            PeriodCover.containing(((Date) row[1]).toLocalDate()).forEach(bucket ->
                    rolled.merge(new RollupKey(key, (String) row[0], bucket), value, Long::sum));
        }
        upsertRollups(rolled);
    }

    /** Recomputes every subtree row from the units' own rows, twenty units at a time (each statement stays short). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void rebuild() {
        lockTree();
        deleteInChunks("DELETE FROM kpi_rollup LIMIT 20000");
        deleteInChunks("DELETE FROM kpi_offering_rollup LIMIT 20000");
        List<String> units = jdbc.query("SELECT DISTINCT unit_code FROM kpi_daily ORDER BY unit_code", List.of())
                .stream().map(row -> (String) row[0]).toList();
        for (int from = 0; from < units.size(); from += 20) {
            List<String> chunk = units.subList(from, Math.min(units.size(), from + 20));
            Map<String, List<String>> scopes = scopesOf(chunk);
            Map<RollupKey, Long> rolled = new LinkedHashMap<>();
            for (Object[] row : jdbc.query("SELECT unit_code, measure, day, value FROM kpi_daily WHERE unit_code IN ("
                    + Jdbc.placeholders(chunk.size()) + ")", chunk)) {
                long value = ((Number) row[3]).longValue();
                LocalDate day = ((Date) row[2]).toLocalDate();
                scopes.get((String) row[0]).stream().filter(scope -> kept(scope, (String) row[1]))
                        .forEach(scope -> PeriodCover.containing(day).forEach(bucket ->
                                rolled.merge(new RollupKey(scope, (String) row[1], bucket), value, Long::sum)));
            }
            upsertRollups(rolled);
            offeringRollups.rebuild(chunk, subtreeScopesOf(scopes));
        }
    }

    private void deleteInChunks(String deleteWithLimit) {
        while (jdbc.update(deleteWithLimit, List.of()) > 0) {
            // each statement short, whatever the table's size
        }
    }

    /**
     * The year rows of a database from before a year was read from its months, removed one scope key at a time in
     * short transactions (a key's rows through the primary key); answers whether there was that to do.
     */
    public boolean removeYearRowsIfPending() {
        if (QuarkusTransaction.requiringNew().call(() -> jdbc.query(
                "SELECT 1 FROM kpi_start_task WHERE name = 'remove-year-rows'", List.of()).isEmpty())) {
            return false;
        }
        removeYearRows("kpi_rollup", "unit_code");
        removeYearRows("kpi_offering_rollup", "scope_key");
        QuarkusTransaction.requiringNew().run(() ->
                jdbc.update("DELETE FROM kpi_start_task WHERE name = 'remove-year-rows'", List.of()));
        return true;
    }

    private void removeYearRows(String table, String keyColumn) {
        List<String> keys = QuarkusTransaction.requiringNew().call(() -> jdbc.query(
                "SELECT DISTINCT " + keyColumn + " FROM " + table, List.of())).stream().map(row -> (String) row[0]).toList();
        keys.forEach(key -> QuarkusTransaction.requiringNew().run(() -> jdbc.update(
                "DELETE FROM " + table + " WHERE " + keyColumn + " = ? AND grain = 'Y'", List.of(key))));
    }

    /** Whether the subtree rows are missing while units' own rows exist (a database from before they existed). */
    public boolean needsRebuild() {
        return jdbc.query("SELECT 1 FROM kpi_rollup LIMIT 1", List.of()).isEmpty()
                && !jdbc.query("SELECT 1 FROM kpi_daily LIMIT 1", List.of()).isEmpty();
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
        if (!rows.isEmpty()) {
            jdbc.query("SELECT id FROM kpi_tree_lock WHERE id = 1 LOCK IN SHARE MODE", List.of());
            offeringRollups.add(folded, subtreeScopesOf(scopesOf(folded.keySet().stream().map(OfferingUse.Key::unitCode).toList())));
        }
    }

    /**
     * What the rules need for a scope (a unit's subtree, or the whole tree when null): the measures summed over the
     * local days {@code [from, to)}, and the others over every day before the period's end — {@code to}, or the end
     * of today when that is sooner ("open at the period's end, or now").
     */
    public Sums sums(Scope scope, LocalDate from, LocalDate to, Set<Measure> inPeriod, Set<Measure> beforeEnd) {
        LocalDate endOfToday = LocalDate.now(PortalTime.LOCAL_ZONE).plusDays(1);
        LocalDate end = to.isAfter(endOfToday) ? endOfToday : to;
        return new Sums(sum(scope.rollupKey(), from, to, inPeriod), sum(scope.rollupKey(), BEGINNING, end, beforeEnd));
    }

    private Map<Measure, Long> sum(String scope, LocalDate from, LocalDate to, Set<Measure> measures) {
        Map<Measure, Long> sums = new EnumMap<>(Measure.class);
        List<PeriodCover.Run> runs = PeriodCover.runs(from, to);
        if (measures.isEmpty() || runs.isEmpty()) {
            return sums;
        }
        List<Object> parameters = new ArrayList<>();
        parameters.add(scope);
        measures.forEach(measure -> parameters.add(measure.name()));
        parameters.addAll(PeriodCover.parameters(runs));
        for (Object[] row : jdbc.query("SELECT measure, SUM(value) FROM kpi_rollup WHERE unit_code = ? AND measure IN ("
                + Jdbc.placeholders(measures.size()) + ") AND " + PeriodCover.condition("", runs) + " GROUP BY measure",
                parameters)) {
            sums.put(Measure.valueOf((String) row[0]), ((Number) row[1]).longValue());
        }
        return sums;
    }

    /**
     * One measure of units' own rows (without the units below them; kept for {@link Measure#RECEIVED}) for the
     * buckets asked for each unit, by unit and bucket; a bucket without a row is absent.
     */
    public Map<String, Map<Bucket, Long>> ownValues(Measure measure, Map<String, Set<Bucket>> bucketsByUnit) {
        Map<String, Map<Bucket, Long>> values = new HashMap<>();
        List<Object> parameters = new ArrayList<>();
        bucketsByUnit.forEach((unit, buckets) -> buckets.forEach(bucket -> {
            parameters.add(unit + OWN_MARK);
            parameters.add(measure.name());
            parameters.add(bucket.grain().code());
            parameters.add(Date.valueOf(bucket.start()));
        }));
        if (parameters.isEmpty()) {
            return values;
        }
        for (Object[] row : jdbc.query("SELECT unit_code, grain, period_start, value FROM kpi_rollup WHERE "
                + "(unit_code, measure, grain, period_start) IN ("
                + String.join(",", Collections.nCopies(parameters.size() / 4, "(?, ?, ?, ?)")) + ")", parameters)) {
            String unit = baseOf((String) row[0]);
            Bucket bucket = new Bucket(PeriodCover.Grain.of((String) row[1]), ((Date) row[2]).toLocalDate());
            values.computeIfAbsent(unit, u -> new HashMap<>()).put(bucket, ((Number) row[3]).longValue());
        }
        return values;
    }

    /**
     * The day rows of the units asked over {@code [from, to)}, by unit, measure and day: of each unit's subtree, or of
     * the unit alone ({@code own}, kept for {@link Measure#RECEIVED} only). A day without a row is absent.
     */
    public Map<String, Map<Measure, Map<LocalDate, Long>>> dayRows(Collection<String> unitCodes, boolean own,
                                                                  Set<Measure> measures, LocalDate from, LocalDate to) {
        Map<String, Map<Measure, Map<LocalDate, Long>>> rows = new HashMap<>();
        if (unitCodes.isEmpty() || measures.isEmpty()) {
            return rows;
        }
        List<Object> parameters = new ArrayList<>();
        unitCodes.forEach(unit -> parameters.add(own ? unit + OWN_MARK : unit));
        measures.forEach(measure -> parameters.add(measure.name()));
        parameters.add(PeriodCover.Grain.DAY.code());
        parameters.add(Date.valueOf(from));
        parameters.add(Date.valueOf(to));
        for (Object[] row : jdbc.query("SELECT unit_code, measure, period_start, value FROM kpi_rollup WHERE unit_code IN ("
                + Jdbc.placeholders(unitCodes.size()) + ") AND measure IN (" + Jdbc.placeholders(measures.size())
                + ") AND grain = ? AND period_start >= ? AND period_start < ?", parameters)) {
            rows.computeIfAbsent(own ? baseOf((String) row[0]) : (String) row[0], unit -> new EnumMap<>(Measure.class))
                    .computeIfAbsent(Measure.valueOf((String) row[1]), measure -> new HashMap<>())
                    .put(((Date) row[2]).toLocalDate(), ((Number) row[3]).longValue());
        }
        return rows;
    }

    /**
     * Each unit's scopes: itself, its ancestors (as far as the tree is known) and the whole tree — each also with
     * the unit's tier, when it is known — and the unit's own key.
     */
    Map<String, List<String>> scopesOf(Collection<String> unitCodes) {
        List<String> codes = unitCodes.stream().distinct().toList();
        Map<String, Object[]> known = new HashMap<>();
        if (!codes.isEmpty()) {
            jdbc.query("SELECT code, path, tier FROM unit_copy WHERE code IN (" + Jdbc.placeholders(codes.size()) + ")", codes)
                    .forEach(row -> known.put((String) row[0], row));
        }
        Map<String, List<String>> scopes = new HashMap<>();
        for (String code : codes) {
            Object[] unit = known.get(code);
            List<String> along = new ArrayList<>(Arrays.asList((unit == null ? code : (String) unit[1]).split(UnitCopy.SEPARATOR)));
            along.add(WHOLE_TREE);
            List<String> scope = new ArrayList<>(along);
            if (unit != null) {
                along.forEach(key -> scope.add(key + TIER_MARK + unit[2]));
            }
            scope.add(code + OWN_MARK);
            scopes.put(code, scope);
        }
        return scopes;
    }

    /**
     * Whether a measure has rows under a scope key: every measure under a subtree's key; under a unit's own key only
     * what is read there, the dossiers it received (against its reported totals) — a third fewer rows to write.
     */
    static boolean kept(String scopeKey, String measure) {
        return !scopeKey.endsWith(OWN_MARK) || Measure.RECEIVED.name().equals(measure);
    }

    /** The scopes of subtrees only, without the units' own keys. */
    static Map<String, List<String>> subtreeScopesOf(Map<String, List<String>> scopes) {
        Map<String, List<String>> subtrees = new HashMap<>();
        scopes.forEach((unit, keys) -> subtrees.put(unit, keys.stream().filter(key -> !key.endsWith(OWN_MARK)).toList()));
        return subtrees;
    }

    /** A scope key's unit: {@code H10@COMMUNE} → {@code H10}, {@code H10!} → {@code H10}. */
    static String baseOf(String scopeKey) {
        int mark = scopeKey.indexOf(TIER_MARK);
        String base = mark < 0 ? scopeKey : scopeKey.substring(0, mark);
        return base.endsWith(OWN_MARK) ? base.substring(0, base.length() - OWN_MARK.length()) : base;
    }

    private static Set<String> ancestors(String path, String code) {
        Set<String> ancestors = new HashSet<>(path == null ? List.of() : Arrays.asList(path.split(UnitCopy.SEPARATOR)));
        ancestors.remove(code);
        return ancestors;
    }


    private void upsertRollups(Map<RollupKey, Long> rolled) {
        List<List<?>> rows = new ArrayList<>();
        rolled.forEach((key, delta) -> {
            if (delta != 0) {
                rows.add(List.of(key.scope(), key.measure(), key.bucket().grain().code(),
                        Date.valueOf(key.bucket().start()), delta));
            }
        });
        jdbc.batch("INSERT INTO kpi_rollup (unit_code, measure, grain, period_start, value) VALUES (?, ?, ?, ?, ?) "
                + "ON DUPLICATE KEY UPDATE value = value + VALUES(value)", rows);
    }

    private record RollupKey(String scope, String measure, Bucket bucket) {
    }
}
