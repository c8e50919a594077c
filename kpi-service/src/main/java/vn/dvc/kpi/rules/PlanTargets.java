package vn.dvc.kpi.rules;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * The targets of the plan's campaign (domain.md, "The five indicators"): uptake 80, online share 50, digitisation
 * 100, online reporting 50, 100% on time — hence 0% late, no open overdue dossier, every late dossier apologised
 * for. Campaigns with their own targets come with the campaign API.
 */
public final class PlanTargets {

    private static final Map<String, BigDecimal> TARGETS = Map.of(
            OnlineServiceUptake.CODE, new BigDecimal("80.0"),
            OnlineServiceUptakeOnline.CODE, new BigDecimal("80.0"),
            OnlineDossierShare.CODE, new BigDecimal("50.0"),
            InputDigitisation.CODE, new BigDecimal("100.0"),
            ElectronicResult.CODE, new BigDecimal("100.0"),
            OnTimeResolution.CODE, new BigDecimal("100.0"),
            LateResolution.CODE, new BigDecimal("0.0"),
            OpenOverdue.CODE, BigDecimal.ZERO,
            ApologyCompliance.CODE, new BigDecimal("100.0"));

    private PlanTargets() {
    }

    public static Optional<BigDecimal> of(String indicatorCode) {
        return Optional.ofNullable(TARGETS.get(indicatorCode));
    }
}
