package vn.dvc.kpi.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import vn.dvc.commons.catalog.UnitCopy;
import vn.dvc.commons.problem.ProblemException;
import vn.dvc.kpi.rules.IndicatorRule;
import vn.dvc.kpi.rules.IndicatorValue;
import vn.dvc.kpi.rules.OnlineDossierShare;
import vn.dvc.kpi.rules.PlanTargets;

/** Every indicator of a scope (a unit with its subtree, or the whole tree) and a period, from the summary rows. */
@ApplicationScoped
public class Indicators {

    private static final List<IndicatorRule> RULES = List.of(new OnlineDossierShare());

    private final UnitCopy units;
    private final Rollups rollups;

    public Indicators(UnitCopy units, Rollups rollups) {
        this.units = units;
        this.rollups = rollups;
    }

    public List<IndicatorValue> of(String unitCode, LocalDate from, LocalDate to) {
        if (!from.isBefore(to)) {
            throw ProblemException.badRequest("to", "must be after from (the period is [from, to))");
        }
        String path = unitCode == null ? null : units.pathOf(unitCode)
                .orElseThrow(() -> ProblemException.notFound("Unit " + unitCode + " is not known"));
        return RULES.stream()
                .map(rule -> IndicatorValue.of(rule.code(), rule.compute(rollups.sums(path, from, to, rule.measures())),
                        PlanTargets.of(rule.code()).orElse(null)))
                .toList();
    }
}
