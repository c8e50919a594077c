package vn.dvc.kpi.store;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.dvc.commons.catalog.UnitCopy;
import vn.dvc.commons.jdbc.Jdbc;
import vn.dvc.contracts.catalog.Tier;
import vn.dvc.kpi.model.UnusedOffering;
import vn.dvc.kpi.service.PeriodCover;
import vn.dvc.kpi.service.Scope;
import vn.dvc.kpi.service.ScopeKey;
import vn.dvc.kpi.store.OfferingRollups;
import vn.dvc.rules.OfferingCounts;
import vn.dvc.rules.OfferingTier;

/**
 * Indicator 1's counts (counting rules v1, "Uptake scope") from the offering copy and the scope's offering-use
 * summary rows ({@link OfferingRollups}, a few dozen buckets whatever the period):
 * the offerings in scope are the distinct FULL or PARTIAL (level 3/4) offerings of every tier present in the scope's
 * subtree — for a department, the provincial offerings it (or a unit below it) owns; for the whole tree, the whole
 * catalogue. An offering counts as used when a unit of the scope received a dossier for it in the period.
 * Offerings belong to a province or to every province: a unit's scope counts those of its own province (the root of
 * its tree) and those of every province; the whole tree counts each offering once — one of every province used
 * anywhere, a province's own used in that province.
 */
@ApplicationScoped
public class OfferingUptake {

    private static final String ONLINE_MODES = "o.online_mode IN ('FULL', 'PARTIAL')";
    private static final String OF_EVERY_PROVINCE = "o.province_code = ''";
    private static final String OF_PROVINCE = "o.province_code = ?";
    private static final String OF_PROVINCE_OR_EVERY = "o.province_code IN ('', ?)";

    private final Jdbc jdbc;
    private final OfferingRollups rollups;

    public OfferingUptake(Jdbc jdbc, OfferingRollups rollups) {
        this.jdbc = jdbc;
        this.rollups = rollups;
    }

    /** @param scope the unit's subtree, or {@link Scope#WHOLE_TREE} */
    public OfferingCounts counts(Scope scope, LocalDate from, LocalDate to) {
        List<PeriodCover.Run> runs = PeriodCover.runs(from, to);
        if (!scope.wholeTree()) {
            return countsOf(offeredIn(scope).and(OF_PROVINCE_OR_EVERY, provinceOf(scope)), scope.rollupKey(), runs);
        }
        OfferingCounts total = countsOf(offeredIn(scope).and(OF_EVERY_PROVINCE), scope.rollupKey(), runs);
        for (Scope province : provincesWithOwnOfferings(scope.tier())) {
            OfferingCounts own = countsOf(offeredIn(province).and(OF_PROVINCE, province.unitCode()), province.rollupKey(), runs);
            total = new OfferingCounts(total.offered() + own.offered(), total.used() + own.used(),
                    total.usedOnline() + own.usedOnline());
        }
        return total;
    }

    private OfferingCounts countsOf(Condition offered, ScopeKey rollupKey, List<PeriodCover.Run> runs) {
        long inScope = jdbc.one("SELECT COUNT(*) AS offered FROM kpi_offering o WHERE " + offered.sql, offered.parameters)
                .longValue("offered");
        long[] used = rollups.used(rollupKey, runs, offered.sql, offered.parameters);
        return new OfferingCounts(inScope, used[0], used[1]);
    }

    /** The provinces that offer something of their own, each as the scope of its tree (and tier, if one is asked). */
    private List<Scope> provincesWithOwnOfferings(Tier tier) {
        return jdbc.rows("SELECT DISTINCT u.code, u.path, u.tier FROM kpi_offering o JOIN unit_copy u ON u.code = o.province_code",
                List.of()).stream().map(row -> new Scope(row.string("code"), row.string("path"), Tier.valueOf(row.string("tier")), tier)).toList();
    }

    /** The root of the scope's tree: the province whose own offerings count for it. */
    private static String provinceOf(Scope scope) {
        int separator = scope.path().indexOf(UnitCopy.SEPARATOR);
        return separator < 0 ? scope.path() : scope.path().substring(0, separator);
    }

    /** Dossiers of fully online (FULL) offerings the scope received in the period: {all, online}. */
    public long[] fullyOnlineDossiers(Scope scope, LocalDate from, LocalDate to) {
        List<PeriodCover.Run> runs = PeriodCover.runs(from, to);
        if (!scope.wholeTree()) {
            return rollups.fullyOnlineDossiers(scope.rollupKey(), runs, OF_PROVINCE_OR_EVERY, List.of(provinceOf(scope)));
        }
        long[] total = rollups.fullyOnlineDossiers(scope.rollupKey(), runs, OF_EVERY_PROVINCE, List.of());
        for (Scope province : provincesWithOwnOfferings(scope.tier())) {
            long[] own = rollups.fullyOnlineDossiers(province.rollupKey(), runs, OF_PROVINCE, List.of(province.unitCode()));
            total = new long[] {total[0] + own[0], total[1] + own[1]};
        }
        return total;
    }

    /** The offerings in scope not used in the period; of the whole tree, those of every province. */
    public List<UnusedOffering> unused(Scope scope, LocalDate from, LocalDate to, int page, int size) {
        Condition offered = scope.wholeTree() ? offeredIn(scope).and(OF_EVERY_PROVINCE)
                : offeredIn(scope).and(OF_PROVINCE_OR_EVERY, provinceOf(scope));
        List<PeriodCover.Run> runs = PeriodCover.runs(from, to);
        List<Object> parameters = concat(offered.parameters, OfferingRollups.usedParameters(scope.rollupKey(), runs));
        parameters.add(size);
        parameters.add((long) page * size);
        return jdbc.rows("SELECT o.service_code, o.service_name, o.field, o.tier, o.online_mode, o.owner_unit_code "
                        + "FROM kpi_offering o WHERE " + offered.sql + " AND NOT " + OfferingRollups.usedCondition(runs)
                        + " ORDER BY o.tier, o.service_code LIMIT ? OFFSET ?", parameters).stream()
                .map(row -> new UnusedOffering(row.string("service_code"), row.string("service_name"), row.string("field"),
                        row.string("tier"), row.string("online_mode"), row.string("owner_unit_code")))
                .toList();
    }

    /** The offerings in scope, as a condition on {@code kpi_offering o}. */
    private Condition offeredIn(Scope scope) {
        if (scope.tier() != null) {
            return offeredAtTier(scope);
        }
        if (scope.wholeTree()) {
            return new Condition(ONLINE_MODES, List.of());
        }
        if (scope.rootTier() == Tier.DEPARTMENT) {
            return new Condition(ONLINE_MODES + " AND o.tier = 'PROVINCE' AND o.owner_unit_code IN "
                    + "(SELECT s.code FROM unit_copy s WHERE s.code = ? OR s.path LIKE ?)",
                    List.of(scope.unitCode(), UnitCopy.belowPath(scope.path())));
        }
        Set<String> tiers = new LinkedHashSet<>();
        jdbc.rows("SELECT DISTINCT tier FROM unit_copy WHERE code = ? OR path LIKE ?",
                List.of(scope.unitCode(), UnitCopy.belowPath(scope.path())))
                .forEach(row -> tiers.add(OfferingTier.ofUnitTier(Tier.valueOf(row.string("tier")))));
        return new Condition(ONLINE_MODES + " AND o.tier IN (" + Jdbc.placeholders(tiers.size()) + ")", List.copyOf(tiers));
    }

    /** One tier's offerings: a department's are the provincial ones owned by departments of the scope. */
    private static Condition offeredAtTier(Scope scope) {
        String tier = OfferingTier.ofUnitTier(scope.tier());
        List<Object> parameters = new ArrayList<>(List.of(tier));
        String sql = ONLINE_MODES + " AND o.tier = ?";
        if (scope.tier() == Tier.DEPARTMENT) {
            sql += " AND o.owner_unit_code IN (SELECT s.code FROM unit_copy s WHERE s.tier = 'DEPARTMENT'"
                    + (scope.wholeTree() ? ")" : " AND (s.code = ? OR s.path LIKE ?))");
            if (!scope.wholeTree()) {
                parameters.addAll(List.of(scope.unitCode(), UnitCopy.belowPath(scope.path())));
            }
        }
        return new Condition(sql, parameters);
    }

    private static List<Object> concat(List<?> first, List<?> second) {
        List<Object> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    private record Condition(String sql, List<?> parameters) {

        Condition and(String more, Object... moreParameters) {
            List<Object> all = new ArrayList<>(parameters);
            all.addAll(List.of(moreParameters));
            return new Condition(sql + " AND " + more, all);
        }
    }
}
