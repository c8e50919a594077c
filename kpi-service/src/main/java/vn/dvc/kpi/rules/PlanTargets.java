package vn.dvc.kpi.rules;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * The targets of the plan's campaign (docs/counting-rules.md, "The five indicators"): uptake 80, online share 50, digitisation
 * 100, online reporting 50, 100% on time — hence 0% late, no open overdue dossier, every late dossier apologised
 * for. Campaigns with their own targets come with the campaign API.
 */
public final class PlanTargets {

    private static final Map<String, BigDecimal> TARGETS = Map.ofEntries(
            Map.entry(OnlineServiceUptake.CODE, new BigDecimal("80.0")),
            Map.entry(OnlineServiceUptakeOnline.CODE, new BigDecimal("80.0")),
            Map.entry(OnlineDossierShare.CODE, new BigDecimal("50.0")),
            Map.entry(OnlineDossierShareReported.CODE, new BigDecimal("50.0")),
            Map.entry(OnlineReporting.CODE, new BigDecimal("50.0")),
            Map.entry(InputDigitisation.CODE, new BigDecimal("100.0")),
            Map.entry(ElectronicResult.CODE, new BigDecimal("100.0")),
            Map.entry(OnTimeResolution.CODE, new BigDecimal("100.0")),
            Map.entry(LateResolution.CODE, new BigDecimal("0.0")),
            Map.entry(OpenOverdue.CODE, BigDecimal.ZERO),
            Map.entry(ApologyCompliance.CODE, new BigDecimal("100.0")),
            Map.entry(DossiersNotEntered.CODE, BigDecimal.ZERO));

    private PlanTargets() {
    }

    public static Optional<BigDecimal> of(String indicatorCode) {
        return Optional.ofNullable(TARGETS.get(indicatorCode));
    }
}
