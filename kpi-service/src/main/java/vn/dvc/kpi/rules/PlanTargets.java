package vn.dvc.kpi.rules;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * The targets of the plan's campaign (domain.md, "The five indicators"): uptake 80, online share 50, digitisation
 * 100, online reporting 50, on time 100. Campaigns with their own targets come with the campaign API.
 */
public final class PlanTargets {

    private static final Map<String, BigDecimal> TARGETS = Map.of(
            OnlineDossierShare.CODE, new BigDecimal("50.0"));

    private PlanTargets() {
    }

    public static Optional<BigDecimal> of(String indicatorCode) {
        return Optional.ofNullable(TARGETS.get(indicatorCode));
    }
}
