package vn.dvc.kpi.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import vn.dvc.commons.catalog.UnitCopy;
import vn.dvc.commons.catalog.UnknownUnit;
import vn.dvc.contracts.catalog.Tier;
import vn.dvc.kpi.model.UnusedOfferings;
import vn.dvc.kpi.sources.SourceSettings;
import vn.dvc.kpi.store.FeedbackFacts;
import vn.dvc.kpi.store.OfferingUptake;
import vn.dvc.kpi.store.ReportFacts;
import vn.dvc.kpi.store.RollupReads;
import vn.dvc.kpi.store.UnitCounting;
import vn.dvc.problem.ProblemException;
import vn.dvc.rules.IndicatorCatalogue;
import vn.dvc.rules.IndicatorRule;
import vn.dvc.rules.IndicatorValue;
import vn.dvc.rules.Measure;
import vn.dvc.rules.OfferingCounts;
import vn.dvc.rules.Sums;
import vn.dvc.rules.UnitCounts;
import vn.dvc.rules.feedback.FeedbackCounts;

/** Every indicator of a scope (a unit with its subtree, or the whole tree) and a period, from the summary rows. */
@ApplicationScoped
public class Indicators {

    private static final List<IndicatorRule> RULES = IndicatorCatalogue.rules();

    private final UnitCopy units;
    private final RollupReads rollups;
    private final OfferingUptake uptake;
    private final UnitCounting unitCounting;
    private final ReportFacts reports;
    private final FeedbackFacts feedback;
    private final SourceSettings settings;

    public Indicators(UnitCopy units, RollupReads rollups, OfferingUptake uptake, UnitCounting unitCounting,
                      ReportFacts reports, FeedbackFacts feedback, SourceSettings settings) {
        this.units = units;
        this.rollups = rollups;
        this.uptake = uptake;
        this.unitCounting = unitCounting;
        this.reports = reports;
        this.feedback = feedback;
        this.settings = settings;
    }

    public List<IndicatorValue> of(String unitCode, LocalDate from, LocalDate to) {
        return of(unitCode, null, from, to, RULES);
    }

    /** Every indicator of the units of one tier in a subtree (or in the whole tree). */
    public List<IndicatorValue> of(String unitCode, Tier tier, LocalDate from, LocalDate to) {
        return of(unitCode, tier, from, to, RULES);
    }

    /**
     * The named indicators only (every one when none is named), in the order asked: a caller pulling one figure
     * does not pay for the reads of the others (service uptake counts every offering of the scope).
     */
    public List<IndicatorValue> of(String unitCode, Tier tier, LocalDate from, LocalDate to, Collection<String> codes) {
        if (codes.isEmpty()) {
            return of(unitCode, tier, from, to, RULES);
        }
        return of(unitCode, tier, from, to, codes.stream().distinct().map(Indicators::rule).toList());
    }

    /** One indicator for a scope and period. */
    public IndicatorValue of(String unitCode, LocalDate from, LocalDate to, IndicatorRule rule) {
        return of(unitCode, null, from, to, List.of(rule)).get(0);
    }

    /** The rule of an indicator code; a 400 naming {@code indicator} when there is none. */
    public static IndicatorRule rule(String code) {
        return RULES.stream().filter(rule -> rule.code().equals(code)).findFirst().orElseThrow(() ->
                ProblemException.badRequest("indicator", "'" + code + "' is not one of "
                        + RULES.stream().map(IndicatorRule::code).toList()));
    }

    public static List<IndicatorRule> rules() {
        return RULES;
    }

    private List<IndicatorValue> of(String unitCode, Tier tier, LocalDate from, LocalDate to, List<IndicatorRule> rules) {
        Scope scope = scopeOf(unitCode, from, to).ofTier(tier);
        OfferingCounts offerings = rules.stream().anyMatch(IndicatorRule::readsOfferings)
                ? uptake.counts(scope, from, to) : OfferingCounts.NONE;
        UnitCounts unitCounts = rules.stream().anyMatch(IndicatorRule::readsUnitCounts)
                ? unitCounting.of(scope) : UnitCounts.NONE;
        long notEntered = rules.stream().anyMatch(IndicatorRule::readsReportedTotals)
                ? reports.notEntered(scope, from, to) : 0;
        FeedbackCounts feedbackCounts = rules.stream().anyMatch(IndicatorRule::readsFeedback)
                ? feedbackCounts(scope, from, to) : FeedbackCounts.NONE;
        // one read of the scope's rows for every rule: two queries, whatever the number of indicators
        Set<Measure> inPeriod = EnumSet.noneOf(Measure.class);
        Set<Measure> beforeEnd = EnumSet.noneOf(Measure.class);
        rules.forEach(rule -> {
            inPeriod.addAll(rule.inPeriod());
            beforeEnd.addAll(rule.beforeEnd());
        });
        Sums sums = rollups.sums(scope, from, to, inPeriod, beforeEnd).withOfferings(offerings).withUnits(unitCounts)
                .withNotEntered(notEntered).withFeedback(feedbackCounts);
        return rules.stream()
                .map(rule -> IndicatorValue.of(rule, rule.compute(sums), IndicatorCatalogue.defaultTarget(rule.code()).orElse(null)))
                .toList();
    }

    /** The feedback parts' ratios of a scope's items first received in {@code [from, to)}, by the holiday calendar. */
    public FeedbackCounts feedbackCounts(Scope scope, LocalDate from, LocalDate to) {
        return FeedbackCounts.of(feedback.receivedIn(scope, from, to), from, to, settings.calendar());
    }

    public UnusedOfferings unusedOfferings(String unitCode, LocalDate from, LocalDate to, int page, int size) {
        Scope scope = scopeOf(unitCode, from, to);
        OfferingCounts counts = uptake.counts(scope, from, to);
        return new UnusedOfferings(unitCode, from, to, counts.offered(), counts.offered() - counts.used(), page, size,
                uptake.unused(scope, from, to, page, size));
    }

    /** The scope of a unit (its subtree; the whole tree when none) over a period [from, to), checked. */
    public Scope scopeOf(String unitCode, LocalDate from, LocalDate to) {
        if (!from.isBefore(to)) {
            throw ProblemException.badRequest("to", "must be after from (the period is [from, to))");
        }
        if (unitCode == null) {
            return Scope.WHOLE_TREE;
        }
        String path = units.pathOf(unitCode)
                .orElseThrow(() -> UnknownUnit.notFound(unitCode));
        return new Scope(unitCode, path, units.byCodes(List.of(unitCode)).get(unitCode).tier(), null);
    }
}
