package vn.dvc.kpi.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.dvc.commons.catalog.UnitCopy;
import vn.dvc.commons.jdbc.Jdbc;
import vn.dvc.commons.problem.ProblemException;
import vn.dvc.kpi.rest.ReconciliationReport;
import vn.dvc.kpi.rest.ReconciliationReport.Difference;
import vn.dvc.kpi.rules.Contribution;
import vn.dvc.kpi.rules.DossierContributions;
import vn.dvc.kpi.rules.DossierFact;
import vn.dvc.kpi.rules.OfferingUse;
import vn.dvc.kpi.rules.PaymentContributions;
import vn.dvc.kpi.rules.PaymentFact;
import vn.dvc.kpi.rules.ReportContributions;
import vn.dvc.kpi.rules.ReportFact;
import vn.dvc.kpi.service.PeriodCover.Bucket;

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
    private final Rollups rollups;

    public Reconciliation(Jdbc jdbc, DossierFacts dossierFacts, PaymentFacts paymentFacts, ReportFacts reportFacts,
                          UnitCopy units, Rollups rollups) {
        this.jdbc = jdbc;
        this.dossierFacts = dossierFacts;
        this.paymentFacts = paymentFacts;
        this.reportFacts = reportFacts;
        this.units = units;
        this.rollups = rollups;
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
        jdbc.forEachRow("SELECT unit_code, measure, day, value FROM kpi_daily WHERE day >= ? AND day < ?",
                List.of(Date.valueOf(from), Date.valueOf(to)), row -> {
                    if (scope == null || scope.contains((String) row[0])) {
                        actual.put(List.of(row[0], row[1], ((Date) row[2]).toLocalDate()), ((Number) row[3]).longValue());
                    }
                });
        Map<List<Object>, Long> wanted = new HashMap<>();
        expected.forEach((key, value) -> wanted.put(List.of(key.unitCode(), key.measure().name(), key.day()), value));
        return compare("kpi_daily", "DAY", wanted, actual, differences);
    }

    private long compareUses(Map<OfferingUse.Key, Long> expected, Set<String> scope, LocalDate from, LocalDate to,
                             List<Difference> differences) {
        Map<List<Object>, Long> actual = new HashMap<>();
        jdbc.forEachRow("SELECT unit_code, service_code, offering_tier, day, dossiers FROM kpi_offering_use "
                + "WHERE day >= ? AND day < ?", List.of(Date.valueOf(from), Date.valueOf(to)), row -> {
                    if (scope == null || scope.contains((String) row[0])) {
                        actual.put(List.of(row[0], row[1] + "@" + row[2], ((Date) row[3]).toLocalDate()),
                                ((Number) row[4]).longValue());
                    }
                });
        Map<List<Object>, Long> wanted = new HashMap<>();
        expected.forEach((key, value) -> wanted.put(List.of(key.unitCode(), key.serviceCode() + "@" + key.offeringTier(),
                key.day()), value));
        return compare("kpi_offering_use", "DAY", wanted, actual, differences);
    }

    /** Each subtree's offering buckets wholly inside the period: the expected use rows summed along the tree. */
    private long compareOfferingRollups(Map<OfferingUse.Key, Long> uses, Set<String> scope, LocalDate from, LocalDate to,
                                        List<Difference> differences) {
        Set<Bucket> whole = wholeBuckets(from, to);
        Map<String, List<String>> ancestry = Rollups.subtreeScopesOf(rollups.scopesOf(uses.keySet().stream()
                .map(OfferingUse.Key::unitCode).toList()));
        Map<List<Object>, Long> wanted = new HashMap<>();
        uses.forEach((key, dossiers) -> ancestry.get(key.unitCode()).stream()
                .filter(ancestor -> scope == null || scope.contains(Rollups.baseOf(ancestor)))
                .forEach(ancestor -> PeriodCover.containing(key.day()).stream().filter(whole::contains).forEach(bucket ->
                        wanted.merge(List.of(ancestor, key.serviceCode() + "@" + key.offeringTier(), bucket), dossiers,
                                Long::sum))));
        Map<List<Object>, Long> actual = new HashMap<>();
        jdbc.forEachRow("SELECT scope_key, service_code, offering_tier, grain, period_start, dossiers "
                + "FROM kpi_offering_rollup WHERE period_start >= ? AND period_start < ?",
                List.of(Date.valueOf(from), Date.valueOf(to)), row -> {
                    Bucket bucket = new Bucket(PeriodCover.Grain.of((String) row[3]), ((Date) row[4]).toLocalDate());
                    if ((scope == null || scope.contains(Rollups.baseOf((String) row[0]))) && whole.contains(bucket)) {
                        actual.put(List.of(row[0], row[1] + "@" + row[2], bucket), ((Number) row[5]).longValue());
                    }
                });
        return compare("kpi_offering_rollup", null, wanted, actual, differences);
    }

    /** Each subtree's buckets wholly inside the period: the expected daily rows summed along the tree. */
    private long compareRollups(Map<Contribution.Key, Long> daily, Set<String> scope, LocalDate from, LocalDate to,
                                List<Difference> differences) {
        Set<Bucket> whole = wholeBuckets(from, to);
        Map<String, List<String>> ancestry = rollups.scopesOf(daily.keySet().stream().map(Contribution.Key::unitCode).toList());
        Map<List<Object>, Long> wanted = new HashMap<>();
        daily.forEach((key, value) -> ancestry.get(key.unitCode()).stream()
                .filter(ancestor -> Rollups.kept(ancestor, key.measure().name()))
                .filter(ancestor -> scope == null || scope.contains(Rollups.baseOf(ancestor)))
                .forEach(ancestor -> PeriodCover.containing(key.day()).stream().filter(whole::contains).forEach(bucket ->
                        wanted.merge(List.of(ancestor, key.measure().name(), bucket), value, Long::sum))));
        Map<List<Object>, Long> actual = new HashMap<>();
        jdbc.forEachRow("SELECT unit_code, measure, grain, period_start, value FROM kpi_rollup "
                + "WHERE period_start >= ? AND period_start < ?", List.of(Date.valueOf(from), Date.valueOf(to)), row -> {
                    String scopeUnit = (String) row[0];
                    Bucket bucket = new Bucket(PeriodCover.Grain.of((String) row[2]), ((Date) row[3]).toLocalDate());
                    if ((scope == null || scope.contains(Rollups.baseOf(scopeUnit))) && whole.contains(bucket)) {
                        actual.put(List.of(scopeUnit, row[1], bucket), ((Number) row[4]).longValue());
                    }
                });
        return compare("kpi_rollup", null, wanted, actual, differences);
    }

    /** Every day, month and year bucket that lies wholly in {@code [from, to)}. */
    static Set<Bucket> wholeBuckets(LocalDate from, LocalDate to) {
        Set<Bucket> whole = new HashSet<>();
        for (LocalDate day = from; day.isBefore(to); day = day.plusDays(1)) {
            for (Bucket bucket : PeriodCover.containing(day)) {
                LocalDate end = switch (bucket.grain()) {
                    case DAY -> bucket.start().plusDays(1);
                    case MONTH -> bucket.start().plusMonths(1);
                    case YEAR -> bucket.start().plusYears(1);
                };
                if (!bucket.start().isBefore(from) && !end.isAfter(to)) {
                    whole.add(bucket);
                }
            }
        }
        return whole;
    }

    private Set<String> scopeOf(String unitCode) {
        List<UnitCopy.CopiedUnit> subtree = units.subtreeOf(unitCode);
        if (subtree.isEmpty()) {
            throw ProblemException.notFound("Unit " + unitCode + " is not known");
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

    /** What a reconciliation went through, counted while the facts stream by. */
    private static final class Counted {
        private long dossiers;
        private long payments;
    }
}
