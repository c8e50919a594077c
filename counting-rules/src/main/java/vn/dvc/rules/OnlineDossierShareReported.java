package vn.dvc.rules;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * K2 variant, {@code ONLINE_DOSSIER_SHARE_REPORTED} (docs/counting-rules.md, indicator 2 "Variant with units' self-reported
 * totals"; counting rules v1 "Self-reported totals"): dossiers received online / max(portal total, reported total),
 * the latter being the portal's received count plus the dossiers never entered, unit by unit.
 */
public final class OnlineDossierShareReported extends NamedRule {

    public static final String CODE = "ONLINE_DOSSIER_SHARE_REPORTED";

    public OnlineDossierShareReported() {
        super(CODE);
    }

    @Override
    public Set<Measure> inPeriod() {
        return Set.of(Measure.RECEIVED, Measure.RECEIVED_ONLINE);
    }

    @Override
    public boolean readsReportedTotals() {
        return true;
    }

    @Override
    public Figure compute(Sums sums) {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("portal", sums.inPeriod(Measure.RECEIVED));
        counts.put("notEntered", sums.notEntered());
        return Figure.ratio(Ratio.of(sums.inPeriod(Measure.RECEIVED_ONLINE),
                sums.inPeriod(Measure.RECEIVED) + sums.notEntered()), counts);
    }
}
