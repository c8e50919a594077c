package vn.dvc.kpi.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.dvc.commons.jdbc.Jdbc;
import vn.dvc.kpi.service.PeriodCover;
import vn.dvc.kpi.service.ScopeKey;
import vn.dvc.rules.Contribution;
import vn.dvc.rules.OfferingUse;

/**
 * Writes a batch's contributions to the summary rows. Each lands in its unit's own daily row ({@code kpi_daily}) and
 * in the day and month rows of every key the unit counts under ({@link UnitRollupKeys}: its subtree, its ancestors',
 * the whole tree's, with its tier, and its own) in {@code kpi_rollup}; a batch's deltas are folded per row first, so
 * a row many events touch is written once per batch. Offering use is rolled up the same way ({@link OfferingRollups}).
 * Reads: {@link RollupReads}; recomputation after tree moves and rebuilds: {@link RollupRebuilds}.
 */
@ApplicationScoped
public class Rollups {

    private final Jdbc jdbc;
    private final UnitRollupKeys unitRollupKeys;
    private final RollupRows rollupRows;
    private final OfferingRollups offeringRollups;

    public Rollups(Jdbc jdbc, UnitRollupKeys unitRollupKeys, RollupRows rollupRows, OfferingRollups offeringRollups) {
        this.jdbc = jdbc;
        this.unitRollupKeys = unitRollupKeys;
        this.rollupRows = rollupRows;
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
        RollupRebuilds.waitForTreeChanges(jdbc);
        Map<String, List<ScopeKey>> scopes = unitRollupKeys.of(own.keySet().stream().map(Contribution.Key::unitCode).toList());
        Map<RollupRows.Key, Long> rolled = new LinkedHashMap<>();
        own.forEach((key, delta) -> scopes.get(key.unitCode()).stream()
                .filter(scope -> scope.keeps(key.measure()))
                .forEach(scope -> PeriodCover.containing(key.day()).forEach(bucket ->
                        rolled.merge(new RollupRows.Key(scope, key.measure(), bucket), delta, Long::sum))));
        rollupRows.add(rolled);
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
            RollupRebuilds.waitForTreeChanges(jdbc);
            offeringRollups.add(folded, UnitRollupKeys.subtreesOnly(
                    unitRollupKeys.of(folded.keySet().stream().map(OfferingUse.Key::unitCode).toList())));
        }
    }
}
