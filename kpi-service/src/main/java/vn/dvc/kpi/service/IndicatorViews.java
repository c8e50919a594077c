package vn.dvc.kpi.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.dvc.commons.catalog.UnitCopy;
import vn.dvc.commons.catalog.UnknownUnit;
import vn.dvc.contracts.catalog.Tier;
import vn.dvc.kpi.model.EmcPage;
import vn.dvc.kpi.model.EmcRow;
import vn.dvc.kpi.model.RankedUnit;
import vn.dvc.kpi.model.Ranking;
import vn.dvc.kpi.model.Series;
import vn.dvc.kpi.model.SeriesPoint;
import vn.dvc.problem.ProblemException;
import vn.dvc.rules.CopiedUnit;
import vn.dvc.rules.IndicatorRule;
import vn.dvc.rules.IndicatorValue;
import vn.dvc.rules.RankOrder;
import vn.dvc.rules.RulesVersion;

/** The indicators seen across units (ranking, the ministry's pull) and across time (series). */
@ApplicationScoped
public class IndicatorViews {

    static final int MOST_POINTS = 400;

    private final Indicators indicators;
    private final UnitCopy units;

    public IndicatorViews(Indicators indicators, UnitCopy units) {
        this.indicators = indicators;
        this.units = units;
    }

    public Ranking ranking(String indicator, Tier tier, String within, LocalDate from, LocalDate to) {
        IndicatorRule rule = Indicators.rule(indicator);
        List<CopiedUnit> candidates = (within == null ? units.all() : subtree(within)).stream()
                .filter(unit -> unit.tier() == tier).toList();
        List<RankedUnit> ranked = RankOrder.rank(candidates.stream()
                                .map(unit -> new Measured(unit, indicators.of(unit.code(), from, to, rule))).toList(),
                        Measured::figure, measured -> measured.unit().code(), rule.higherIsBetter()).stream()
                .map(entry -> new RankedUnit(entry.rank(), entry.item().unit().code(), entry.item().unit().name(),
                        entry.item().figure()))
                .toList();
        return new Ranking(rule.code(), tier, within, from, to, RulesVersion.CURRENT, ranked);
    }

    public Series series(String indicator, String unit, LocalDate from, LocalDate to, String step) {
        IndicatorRule rule = Indicators.rule(indicator);
        List<SeriesPoint> points = new ArrayList<>();
        for (LocalDate start = from; start.isBefore(to); ) {
            LocalDate next = nextStep(start, step);
            LocalDate end = next.isAfter(to) ? to : next;
            points.add(new SeriesPoint(start, end, indicators.of(unit, start, end, rule)));
            if (points.size() > MOST_POINTS) {
                throw ProblemException.badRequest("step", "the period has more than " + MOST_POINTS + " steps of a "
                        + step + "; choose a longer step or a shorter period");
            }
            start = end;
        }
        return new Series(rule.code(), unit, step, from, to, RulesVersion.CURRENT, points);
    }

    /** The ministry's pull: every unit (by its place in the tree) × every indicator, {@code size} units a page. */
    public EmcPage emc(String within, LocalDate from, LocalDate to, int page, int size) {
        List<CopiedUnit> all = unitsWithin(within);
        List<EmcRow> rows = new ArrayList<>();
        all.stream().skip((long) page * size).limit(size).forEach(unit -> indicators.of(unit.code(), from, to)
                .forEach(value -> rows.add(rowOf(unit, value))));
        return new EmcPage(from, to, page, size, all.size(), rows);
    }

    private static EmcRow rowOf(CopiedUnit unit, IndicatorValue value) {
        return new EmcRow(unit.code(), unit.name(), unit.tier(), value.code(), value.kind(), value.numerator(),
                value.denominator(), value.percent(), value.value(), value.target(), value.met(), RulesVersion.CURRENT);
    }

    /** The units of a subtree (every unit when none is named) in tree order; 404 for an unknown unit. */
    public List<CopiedUnit> unitsWithin(String within) {
        return within == null ? units.all() : subtree(within);
    }

    private List<CopiedUnit> subtree(String unitCode) {
        List<CopiedUnit> subtree = units.subtreeOf(unitCode);
        if (subtree.isEmpty()) {
            throw UnknownUnit.notFound(unitCode);
        }
        return subtree;
    }

    /** Weeks start on Monday (ISO); months on the first. */
    static LocalDate nextStep(LocalDate start, String step) {
        return switch (step.toLowerCase(Locale.ROOT)) {
            case "day" -> start.plusDays(1);
            case "week" -> start.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
            case "month" -> start.with(TemporalAdjusters.firstDayOfNextMonth());
            default -> throw ProblemException.badRequest("step", "'" + step + "' is not one of day, week, month");
        };
    }

    private record Measured(CopiedUnit unit, IndicatorValue figure) {
    }
}
