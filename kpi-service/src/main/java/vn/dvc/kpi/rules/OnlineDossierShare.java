package vn.dvc.kpi.rules;

import java.util.Map;
import java.util.Set;
import vn.dvc.commons.figures.Ratio;

/**
 * K2, {@code ONLINE_DOSSIER_SHARE} (domain.md, indicator 2 "Online dossier share"): dossiers received online in the
 * period / all dossiers received in the period, "received" as counting rules v1 define it. Target 50%.
 */
public final class OnlineDossierShare implements IndicatorRule {

    public static final String CODE = "ONLINE_DOSSIER_SHARE";

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public Set<Measure> measures() {
        return Set.of(Measure.RECEIVED, Measure.RECEIVED_ONLINE);
    }

    @Override
    public Ratio compute(Map<Measure, Long> sums) {
        return Ratio.of(sums.getOrDefault(Measure.RECEIVED_ONLINE, 0L), sums.getOrDefault(Measure.RECEIVED, 0L));
    }
}
