package vn.dvc.kpi.store;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.dvc.commons.catalog.UnitCopy;
import vn.dvc.commons.catalog.UnknownUnit;
import vn.dvc.commons.jdbc.Jdbc;
import vn.dvc.contracts.catalog.Tier;
import vn.dvc.kpi.model.ReconciliationReport.Difference;
import vn.dvc.kpi.model.ReconciliationReport;
import vn.dvc.kpi.service.PeriodCover.Bucket;
import vn.dvc.kpi.service.PeriodCover;
import vn.dvc.kpi.service.ScopeKey;
import vn.dvc.kpi.store.DossierFacts;
import vn.dvc.kpi.store.PaymentFacts;
import vn.dvc.kpi.store.ReportFacts;
import vn.dvc.kpi.store.UnitRollupKeys;
import vn.dvc.problem.ProblemException;
import vn.dvc.rules.Contribution;
import vn.dvc.rules.CopiedUnit;
import vn.dvc.rules.DossierContributions;
import vn.dvc.rules.OfferingUse;
import vn.dvc.rules.PaymentContributions;
import vn.dvc.rules.ReportContributions;

/**
 * Recomputes a period's summary rows from the raw facts with the same rules that wrote them, and compares: the
 * units' own daily rows, the offering-use rows, and every subtree's day, month and year rows that lie wholly in the
 * period. Reads only; a difference means the incremental path lost or doubled something.
 */
@ApplicationScoped
public class Reconciliation {

    private static final int LISTED = 100;

    private final Jdbc jdbc;
    private final DossierFacts dossierFacts;
    private final PaymentFacts paymentFacts;
    private final ReportFacts reportFacts;
    private final UnitCopy units;
    private final UnitRollupKeys unitRollupKeys;

    public Reconciliation(Jdbc jdbc, DossierFacts dossierFacts, PaymentFacts paymentFacts, ReportFacts reportFacts,
                          UnitCopy units, UnitRollupKeys unitRollupKeys) {
        this.jdbc = jdbc;
        this.dossierFacts = dossierFacts;
        this.paymentFacts = paymentFacts;
        this.reportFacts = reportFacts;
        this.units = units;
        this.unitRollupKeys = unitRollupKeys;
    }

    public ReconciliationReport reconcile(String unitCode, LocalDate from, LocalDate to) {
        if (!from.isBefore(to)) {
            throw ProblemException.badRequest("to", "must be after from (the period is [from, to))");
        }
        Set<String> scope = unitCode == null ? null : scopeOf(unitCode);
        Map<Contribution.Key, Long> daily = new HashMap<>();
        Map<OfferingUse.Key, Long> uses = new HashMap<>();
        Counted counted = new Counted();
        dossierFacts.forEach(fact -> {
            if (scope == null || scope.contains(fact.unitCode())) {
                counted.dossiers++;
                DossierContributions.of(fact).forEach(c -> add(daily, c, from, to));
                DossierContributions.usesOf(fact).stream().filter(use -> inPeriod(use.day(), from, to))
                        .forEach(use -> uses.merge(use.key(), use.dossiers(), Long::sum));
            }
        });
        paymentFacts.forEach(payment -> {
            if (scope == null || scope.contains(payment.unitCode())) {
                counted.payments++;
                PaymentContributions.of(payment).forEach(c -> add(daily, c, from, to));
            }
        });
        reportFacts.forEach(report -> {
            if (scope == null || scope.contains(report.unitCode())) {
                ReportContributions.of(report).forEach(c -> add(daily, c, from, to));
            }
        });
        List<Difference> differences = new ArrayList<>();
        long compared = compareDaily(daily, scope, from, to, differences);
        compared += compareUses(uses, scope, from, to, differences);
        compared += compareOfferingRollups(uses, scope, from, to, differences);
        compared += compareRollups(daily, scope, from, to, differences);
        return new ReconciliationReport(unitCode, from, to, counted.dossiers, counted.payments, compared, differences.size(),
                differences.stream().limit(LISTED).toList());
    }

    private long compareDaily(Map<Contribution.Key, Long> expected, Set<String> scope, LocalDate from, LocalDate to,
                              List<Difference> differences) {
        Map<List<Object>, Long> actual = new HashMap<>();
        KeyFilter units = KeyFilter.of("unit_code", scope);
        jdbc.forEach("SELECT unit_code, measure, day, value FROM kpi_daily FORCE INDEX (PRIMARY) WHERE "
                + units.sql() + " AND day >= ? AND day < ?", units.with(Date.valueOf(from), Date.valueOf(to)), row ->
                actual.put(List.of(row.string("unit_code"), row.string("measure"), row.day("day")), row.longValue("value")));
        Map<List<Object>, Long> wanted = new HashMap<>();
        expected.forEach((key, value) -> wanted.put(List.of(key.unitCode(), key.measure().name(), key.day()), value));
        return compare("kpi_daily", "DAY", wanted, actual, differences);
    }

    private long compareUses(Map<OfferingUse.Key, Long> expected, Set<String> scope, LocalDate from, LocalDate to,
                             List<Difference> differences) {
        Map<List<Object>, Long> actual = new HashMap<>();
        KeyFilter units = KeyFilter.of("unit_code", scope);
        jdbc.forEach("SELECT unit_code, service_code, offering_tier, day, dossiers FROM kpi_offering_use "
                + "FORCE INDEX (PRIMARY) WHERE " + units.sql() + " AND day >= ? AND day < ?",
                units.with(Date.valueOf(from), Date.valueOf(to)), row -> actual.put(List.of(row.string("unit_code"),
                        row.string("service_code") + "@" + row.string("offering_tier"), row.day("day")), row.longValue("dossiers")));
        Map<List<Object>, Long> wanted = new HashMap<>();
        expected.forEach((key, value) -> wanted.put(List.of(key.unitCode(), key.serviceCode() + "@" + key.offeringTier(),
                key.day()), value));
        return compare("kpi_offering_use", "DAY", wanted, actual, differences);
    }

    /** Each subtree's offering buckets wholly inside the period: the expected use rows summed along the tree. */
    private long compareOfferingRollups(Map<OfferingUse.Key, Long> uses, Set<String> scope, LocalDate from, LocalDate to,
                                        List<Difference> differences) {
        Set<Bucket> whole = wholeBuckets(from, to);
        Map<String, List<ScopeKey>> ancestry = UnitRollupKeys.subtreesOnly(unitRollupKeys.of(uses.keySet().stream()
                .map(OfferingUse.Key::unitCode).toList()));
        Map<List<Object>, Long> wanted = new HashMap<>();
        uses.forEach((key, dossiers) -> ancestry.get(key.unitCode()).stream()
                .filter(ancestor -> scope == null || scope.contains(ancestor.unitCode()))
                .forEach(ancestor -> PeriodCover.containing(key.day()).stream().filter(whole::contains).forEach(bucket ->
                        wanted.merge(List.of(ancestor.value(), key.serviceCode() + "@" + key.offeringTier(), bucket), dossiers,
                                Long::sum))));
        Map<List<Object>, Long> actual = new HashMap<>();
        KeyFilter keys = KeyFilter.of("scope_key", rollupKeysOf(scope));
        jdbc.forEach("SELECT scope_key, service_code, offering_tier, grain, period_start, dossiers "
                + "FROM kpi_offering_rollup FORCE INDEX (PRIMARY) WHERE " + keys.sql()
                + " AND grain IN ('D', 'M') AND period_start >= ? AND period_start < ?",
                keys.with(Date.valueOf(from), Date.valueOf(to)), row -> {
                    Bucket bucket = new Bucket(PeriodCover.Grain.of(row.string("grain")), row.day("period_start"));
                    if (whole.contains(bucket)) {
                        actual.put(List.of(row.string("scope_key"), row.string("service_code") + "@" + row.string("offering_tier"),
                                bucket), row.longValue("dossiers"));
                    }
                });
        return compare("kpi_offering_rollup", null, wanted, actual, differences);
    }

    /** Each subtree's buckets wholly inside the period: the expected daily rows summed along the tree. */
    private long compareRollups(Map<Contribution.Key, Long> daily, Set<String> scope, LocalDate from, LocalDate to,
                                List<Difference> differences) {
        Set<Bucket> whole = wholeBuckets(from, to);
        Map<String, List<ScopeKey>> ancestry = unitRollupKeys.of(daily.keySet().stream().map(Contribution.Key::unitCode).toList());
        Map<List<Object>, Long> wanted = new HashMap<>();
        daily.forEach((key, value) -> ancestry.get(key.unitCode()).stream()
                .filter(ancestor -> ancestor.keeps(key.measure()))
                .filter(ancestor -> scope == null || scope.contains(ancestor.unitCode()))
                .forEach(ancestor -> PeriodCover.containing(key.day()).stream().filter(whole::contains).forEach(bucket ->
                        wanted.merge(List.of(ancestor.value(), key.measure().name(), bucket), value, Long::sum))));
        Map<List<Object>, Long> actual = new HashMap<>();
        KeyFilter keys = KeyFilter.of("scope_key", rollupKeysOf(scope));
        jdbc.forEach("SELECT scope_key, measure, grain, period_start, value FROM kpi_rollup FORCE INDEX (PRIMARY) "
                + "WHERE " + keys.sql() + " AND grain IN ('D', 'M') AND period_start >= ? AND period_start < ?",
                keys.with(Date.valueOf(from), Date.valueOf(to)), row -> {
                    Bucket bucket = new Bucket(PeriodCover.Grain.of(row.string("grain")), row.day("period_start"));
                    if (whole.contains(bucket)) {
                        actual.put(List.of(row.string("scope_key"), row.string("measure"), bucket), row.longValue("value"));
                    }
                });
        return compare("kpi_rollup", null, wanted, actual, differences);
    }

    /** Every day and month bucket that lies wholly in {@code [from, to)}. */
    static Set<Bucket> wholeBuckets(LocalDate from, LocalDate to) {
        Set<Bucket> whole = new HashSet<>();
        for (LocalDate day = from; day.isBefore(to); day = day.plusDays(1)) {
            for (Bucket bucket : PeriodCover.containing(day)) {
                LocalDate end = switch (bucket.grain()) {
                    case DAY -> bucket.start().plusDays(1);
                    case MONTH -> bucket.start().plusMonths(1);
                };
                if (!bucket.start().isBefore(from) && !end.isAfter(to)) {
                    whole.add(bucket);
                }
            }
        }
        return whole;
    }

    private Set<String> scopeOf(String unitCode) {
        List<CopiedUnit> subtree = units.subtreeOf(unitCode);
        if (subtree.isEmpty()) {
            throw UnknownUnit.notFound(unitCode);
        }
        Set<String> codes = new HashSet<>();
        subtree.forEach(unit -> codes.add(unit.code()));
        return codes;
    }

    private static long compare(String table, String grain, Map<List<Object>, Long> expected,
                                Map<List<Object>, Long> actual, List<Difference> differences) {
        Set<List<Object>> keys = new HashSet<>(expected.keySet());
        keys.addAll(actual.keySet());
        for (List<Object> key : keys) {
            long wanted = expected.getOrDefault(key, 0L);
            long stored = actual.getOrDefault(key, 0L);
            if (wanted != stored) {
                Object last = key.get(2);
                String bucket = last instanceof Bucket b ? b.grain().name() : grain;
                LocalDate start = last instanceof Bucket b ? b.start() : (LocalDate) last;
                differences.add(new Difference(table, (String) key.get(0), (String) key.get(1), bucket, start, wanted, stored));
            }
        }
        return keys.size();
    }

    private static void add(Map<Contribution.Key, Long> daily, Contribution contribution, LocalDate from, LocalDate to) {
        if (inPeriod(contribution.day(), from, to)) {
            daily.merge(contribution.key(), contribution.delta(), Long::sum);
        }
    }

    private static boolean inPeriod(LocalDate day, LocalDate from, LocalDate to) {
        return !day.isBefore(from) && day.isBefore(to);
    }

    /**
     * The summary-row keys whose rows belong to the scope: each unit's subtree rows, its own rows and its rows per
     * tier (the whole tree's keys only when everything is reconciled); null for everything.
     */
    private static Set<String> rollupKeysOf(Set<String> scope) {
        if (scope == null) {
            return null;
        }
        Set<String> keys = new HashSet<>();
        for (String unit : scope) {
            keys.add(ScopeKey.subtree(unit).value());
            keys.add(ScopeKey.ownRows(unit).value());
            for (Tier tier : Tier.values()) {
                keys.add(ScopeKey.subtree(unit).ofTier(tier).value());
            }
        }
        return keys;
    }

    /**
     * A condition on a key column: the scope's keys only, read through the primary key (named in the statements:
     * MariaDB turns a long IN list into a join and may then scan); or every row.
     */
    private record KeyFilter(String sql, List<Object> parameters) {

        static KeyFilter of(String column, Collection<String> keys) {
            return keys == null ? new KeyFilter("TRUE", List.of())
                    : new KeyFilter(column + " IN (" + Jdbc.placeholders(keys.size()) + ")", List.copyOf(keys));
        }

        List<Object> with(Object... more) {
            List<Object> all = new ArrayList<>(parameters);
            all.addAll(Arrays.asList(more));
            return all;
        }
    }

    /** What a reconciliation went through, counted while the facts stream by. */
    private static final class Counted {
        private long dossiers;
        private long payments;
    }
}
