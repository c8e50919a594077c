package vn.dvc.kpi.sources;

import static vn.dvc.rules.Measure.RECEIVED;
import static vn.dvc.rules.Measure.RECEIVED_DIGITISED;
import static vn.dvc.rules.Measure.RECEIVED_ONLINE;
import static vn.dvc.rules.Measure.RESOLVED;
import static vn.dvc.rules.Measure.RESOLVED_EARLY;
import static vn.dvc.rules.Measure.RESOLVED_ON_TIME;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.dvc.commons.catalog.UnitCopy;
import vn.dvc.commons.catalog.UnknownUnit;
import vn.dvc.kpi.model.QualityReport.Flag;
import vn.dvc.kpi.model.QualityReport;
import vn.dvc.kpi.service.Indicators;
import vn.dvc.kpi.store.DossierAnomalies;
import vn.dvc.kpi.store.ReportFacts.ReportedTotal;
import vn.dvc.kpi.store.ReportFacts;
import vn.dvc.kpi.store.RollupReads;
import vn.dvc.problem.ProblemException;
import vn.dvc.rules.CopiedUnit;
import vn.dvc.rules.IntakeOutliers;
import vn.dvc.rules.Measure;
import vn.dvc.rules.QualityCheck;
import vn.dvc.rules.RulesVersion;
import vn.dvc.rules.ShareJumps;

/** Runs the data-quality checks over a subtree and a period, each unit on its own figures. */
@ApplicationScoped
public class Quality {

    /** A quarter at most: the checks read day rows, one per unit, measure and day. */
    static final int LONGEST_PERIOD_DAYS = 93;

    /** The shares whose weekly jumps are checked: name, numerator measures, denominator measure. */
    private static final List<Share> SHARES = List.of(
            new Share("onlineDossierShare", Set.of(RECEIVED_ONLINE), RECEIVED),
            new Share("inputDigitisationShare", Set.of(RECEIVED_DIGITISED), RECEIVED),
            new Share("onTimeResolutionShare", Set.of(RESOLVED_EARLY, RESOLVED_ON_TIME), RESOLVED));

    private final UnitCopy units;
    private final RollupReads rollups;
    private final ReportFacts reports;
    private final DossierAnomalies anomalies;
    private final SourceSettings settings;
    private final Indicators indicators;

    public Quality(UnitCopy units, RollupReads rollups, ReportFacts reports, DossierAnomalies anomalies,
                   SourceSettings settings, Indicators indicators) {
        this.units = units;
        this.rollups = rollups;
        this.reports = reports;
        this.anomalies = anomalies;
        this.settings = settings;
        this.indicators = indicators;
    }

    public QualityReport of(String unitCode, LocalDate from, LocalDate to) {
        if (!from.isBefore(to)) {
            throw ProblemException.badRequest("to", "must be after from (the period is [from, to))");
        }
        if (ChronoUnit.DAYS.between(from, to) > LONGEST_PERIOD_DAYS) {
            throw ProblemException.badRequest("to", "the period may be at most " + LONGEST_PERIOD_DAYS + " days");
        }
        List<CopiedUnit> subtree = unitCode == null ? units.all() : units.subtreeOf(unitCode);
        if (subtree.isEmpty() && unitCode != null) {
            throw UnknownUnit.notFound(unitCode);
        }
        Map<String, CopiedUnit> byCode = subtree.stream().collect(Collectors.toMap(CopiedUnit::code, Function.identity(),
                (a, b) -> a, LinkedHashMap::new));
        List<Flag> flags = new ArrayList<>();
        intakeOutliers(byCode, from, to, flags);
        LocalDate firstMonday = from.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
        Map<String, Map<Measure, Map<LocalDate, Long>>> days = rollups.dayRows(byCode.keySet(), false,
                Set.of(RECEIVED, RECEIVED_ONLINE, RECEIVED_DIGITISED, RESOLVED, RESOLVED_EARLY, RESOLVED_ON_TIME),
                firstMonday, to);
        days.forEach((unit, measures) -> {
            resolvedWithoutReceipts(byCode.get(unit), measures, from, to, flags);
            shareJumps(byCode.get(unit), measures, firstMonday, from, to, flags);
        });
        reportedBelowPortal(unitCode, byCode, from, to, flags);
        anomalies.resolvedBeforeReceived(byCode.keySet(), from, to).forEach((unit, count) -> flags.add(flag(
                QualityCheck.RESOLVED_BEFORE_RECEIVED, byCode.get(unit), from, to, Map.of("dossiers", (double) count))));
        Map<QualityCheck, Integer> counts = new EnumMap<>(QualityCheck.class);
        flags.forEach(flag -> counts.merge(flag.check(), 1, Integer::sum));
        return new QualityReport(unitCode, from, to, RulesVersion.CURRENT, counts, flags);
    }

    private void intakeOutliers(Map<String, CopiedUnit> byCode, LocalDate from, LocalDate to, List<Flag> flags) {
        Map<String, Map<Measure, Map<LocalDate, Long>>> own = rollups.dayRows(byCode.keySet(), true, Set.of(RECEIVED),
                from.minusDays(IntakeOutliers.BASELINE_DAYS_BEFORE), to);
        own.forEach((unit, measures) -> IntakeOutliers.of(measures.getOrDefault(RECEIVED, Map.of()), from, to,
                settings.calendar()).forEach(outlier -> flags.add(flag(QualityCheck.INTAKE_OUTLIER, byCode.get(unit),
                outlier.day(), outlier.day().plusDays(1), figures("receipts", outlier.receipts(),
                        "median", outlier.spread().median(), "medianAbsoluteDeviation", outlier.spread().mad(),
                        "modifiedZScore", round(outlier.score()))))));
    }

    private static void resolvedWithoutReceipts(CopiedUnit unit, Map<Measure, Map<LocalDate, Long>> measures,
                                                LocalDate from, LocalDate to, List<Flag> flags) {
        long received = sum(measures.get(RECEIVED), from, to);
        long resolved = sum(measures.get(RESOLVED), from, to);
        if (resolved > 0 && received == 0) {
            flags.add(flag(QualityCheck.RESOLVED_WITHOUT_RECEIPTS, unit, from, to,
                    figures("resolved", resolved, "received", received)));
        }
    }

    private void shareJumps(CopiedUnit unit, Map<Measure, Map<LocalDate, Long>> measures, LocalDate firstMonday,
                            LocalDate from, LocalDate to, List<Flag> flags) {
        for (Share share : SHARES) {
            List<ShareJumps.Week> weeks = new ArrayList<>();
            for (LocalDate monday = firstMonday; monday.isBefore(to); monday = monday.plusWeeks(1)) {
                LocalDate start = monday;
                LocalDate end = monday.plusWeeks(1).isBefore(to) ? monday.plusWeeks(1) : to;
                long numerator = share.numerator().stream().mapToLong(measure -> sum(measures.get(measure), start, end)).sum();
                weeks.add(new ShareJumps.Week(start, numerator, sum(measures.get(share.denominator()), start, end)));
            }
            ShareJumps.of(weeks, settings.minimumWeeklyDossiers()).stream()
                    .filter(jump -> !jump.week().monday().plusWeeks(1).isBefore(from.plusDays(1)))
                    .forEach(jump -> flags.add(flag(QualityCheck.SHARE_JUMP, unit, jump.week().monday(),
                            jump.week().monday().plusWeeks(1), figures(share.name() + "PreviousWeekPercent",
                                    round(jump.before().percent()), share.name() + "Percent", round(jump.week().percent()),
                                    "points", round(jump.points()), "previousWeekDossiers", jump.before().denominator(),
                                    "weekDossiers", jump.week().denominator()))));
        }
    }

    private void reportedBelowPortal(String unitCode, Map<String, CopiedUnit> byCode, LocalDate from, LocalDate to,
                                     List<Flag> flags) {
        for (ReportedTotal total : reports.reportedTotals(indicators.scopeOf(unitCode, from, to), from, to)) {
            if (total.reported() < total.portal()) {
                flags.add(flag(QualityCheck.REPORTED_BELOW_PORTAL, byCode.get(total.unitCode()), total.from(), total.to(),
                        figures("reported", total.reported(), "portal", total.portal())));
            }
        }
    }

    private static Flag flag(QualityCheck check, CopiedUnit unit, LocalDate from, LocalDate to, Map<String, Double> figures) {
        return new Flag(check, check.label(), unit.code(), unit.name(), from, to, figures);
    }

    private static Map<String, Double> figures(Object... namesAndValues) {
        Map<String, Double> figures = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            figures.put((String) namesAndValues[i], ((Number) namesAndValues[i + 1]).doubleValue());
        }
        return figures;
    }

    private static long sum(Map<LocalDate, Long> days, LocalDate from, LocalDate to) {
        if (days == null) {
            return 0;
        }
        return days.entrySet().stream().filter(day -> !day.getKey().isBefore(from) && day.getKey().isBefore(to))
                .mapToLong(Map.Entry::getValue).sum();
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    private record Share(String name, Set<Measure> numerator, Measure denominator) {
    }
}
