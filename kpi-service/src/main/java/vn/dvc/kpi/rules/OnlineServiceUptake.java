package vn.dvc.kpi.rules;

import java.util.Set;
import vn.dvc.commons.figures.Ratio;

/**
 * K1, {@code ONLINE_SERVICE_UPTAKE} (domain.md, indicator 1 "Online-service uptake"; counting rules v1 "Uptake
 * scope"): level-3/4 offerings in scope with at least one dossier received in the period / all level-3/4 offerings
 * in scope. Target 80%.
 */
public class OnlineServiceUptake implements IndicatorRule {

    public static final String CODE = "ONLINE_SERVICE_UPTAKE";

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public Set<Measure> inPeriod() {
        return Set.of();
    }

    @Override
    public boolean readsOfferings() {
        return true;
    }

    @Override
    public Figure compute(Sums sums) {
        return Figure.ratio(Ratio.of(used(sums.offerings()), sums.offerings().offered()));
    }

    long used(OfferingCounts offerings) {
        return offerings.used();
    }
}
