package vn.dvc.kpi.scores;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.dvc.kpi.model.ScoreReport;
import vn.dvc.kpi.model.WhatIfReport;
import vn.dvc.kpi.scores.ScoreInputs.Rate;
import vn.dvc.kpi.service.Indicators;
import vn.dvc.kpi.service.Scope;
import vn.dvc.rules.RulesVersion;
import vn.dvc.rules.ScoreLever;
import vn.dvc.rules.ScoreTable.Component;
import vn.dvc.rules.ScoreTable;
import vn.dvc.rules.WhatIf;

/** A unit's estimated Decision 766 points and what would raise them. */
@ApplicationScoped
public class Scores766 {

    private final ScoreTables tables;
    private final ScoreInputs inputs;
    private final Indicators indicators;

    public Scores766(ScoreTables tables, ScoreInputs inputs, Indicators indicators) {
        this.tables = tables;
        this.inputs = inputs;
        this.indicators = indicators;
    }

    public ScoreReport score(String unitCode, LocalDate from, LocalDate to, String version) {
        ScoreTable table = tables.version(version);
        Map<ScoreLever, Rate> rates = ratesOf(unitCode, from, to);
        List<ScoreReport.Part> parts = new ArrayList<>();
        double points = 0;
        int measuredMax = 0;
        for (Component component : table.components()) {
            Rate rate = component.measuredAs() == null ? null : rates.get(component.measuredAs());
            boolean nothingToMeasure = rate != null && rate.denominator() == 0;
            Double earned = null;
            if (nothingToMeasure) {
                earned = component.pointsWithNothingToMeasure();
            } else if (rate != null) {
                earned = round(component.points((double) rate.numerator() / rate.denominator()));
            }
            if (earned != null) {
                points += earned;
                measuredMax += component.max();
            }
            parts.add(new ScoreReport.Part(component.code(), component.nationalCode(), component.group(), component.label(), component.max(),
                    component.threshold(), rate != null, component.measuredAs(), rate == null ? null : rate.numerator(),
                    rate == null ? null : rate.denominator(), rate == null || nothingToMeasure ? null
                    : round(100.0 * rate.numerator() / rate.denominator()), earned, missing(component, rate)));
        }
        return new ScoreReport(unitCode, from, to, table.version(), table.reconstruction(), table.title(), table.sources(),
                table.max(), round(points), measuredMax, RulesVersion.CURRENT, parts);
    }

    public WhatIfReport whatIf(String unitCode, LocalDate from, LocalDate to, String version, int wanted) {
        ScoreTable table = tables.version(version);
        Map<ScoreLever, Rate> rates = ratesOf(unitCode, from, to);
        List<WhatIf.Part> parts = table.components().stream().filter(component -> component.measuredAs() != null)
                .map(component -> new WhatIf.Part(component, rates.get(component.measuredAs()).numerator(),
                        rates.get(component.measuredAs()).denominator()))
                .toList();
        double points = 0;
        List<WhatIfReport.Lever> levers = new ArrayList<>();
        for (WhatIf.Part part : parts) {
            double now = part.pointsAfter(0);
            points += now;
            List<WhatIfReport.Gain> gains = new ArrayList<>();
            for (int gain = 1; gain <= wanted; gain++) {
                long steps = now + gain > part.component().max() + 1e-9 ? -1 : part.stepsTo(now + gain);
                if (steps < 0) {
                    break;
                }
                gains.add(new WhatIfReport.Gain(gain, steps));
            }
            ScoreLever lever = part.component().measuredAs();
            levers.add(new WhatIfReport.Lever(lever, lever.label(), part.component().code(), part.numerator(),
                    part.denominator(), round(now), part.component().max(), gains));
        }
        List<WhatIfReport.PathStep> path = WhatIf.cheapestPath(parts, wanted).stream()
                .map(step -> new WhatIfReport.PathStep(step.lever(), step.lever().label(), step.steps(), round(step.points())))
                .toList();
        return new WhatIfReport(unitCode, from, to, table.version(), round(points), wanted, levers,
                new WhatIfReport.Path(path, path.stream().mapToLong(WhatIfReport.PathStep::add).sum(),
                        round(path.stream().mapToDouble(WhatIfReport.PathStep::points).sum())));
    }

    /** What keeps the part from a measured rate, in Vietnamese; null when it has one. */
    private static String missing(Component component, Rate rate) {
        if (rate == null) {
            return "Chưa đo được: cần " + component.data();
        }
        if (rate.denominator() > 0) {
            return null;
        }
        String scored = component.whenNothingToMeasure() == null ? "chưa tính điểm"
                : component.whenNothingToMeasure() == Component.NothingToMeasure.FULL ? "tính đủ điểm theo bộ chỉ số" : "tính 0 điểm theo bộ chỉ số";
        return "Không có dữ liệu trong kỳ (" + component.data() + "): " + scored;
    }

    private Map<ScoreLever, Rate> ratesOf(String unitCode, LocalDate from, LocalDate to) {
        Scope scope = indicators.scopeOf(unitCode, from, to);
        return inputs.of(scope, from, to);
    }

    private static double round(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }
}
