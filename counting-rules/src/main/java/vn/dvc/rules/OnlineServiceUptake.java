package vn.dvc.rules;


/**
 * K1, {@code ONLINE_SERVICE_UPTAKE} (docs/counting-rules.md, indicator 1 "Online-service uptake"; counting rules v1 "Uptake
 * scope"): level-3/4 offerings in scope with at least one dossier received in the period / all level-3/4 offerings
 * in scope. Target 80%.
 */
public class OnlineServiceUptake extends NamedRule {

    public static final String CODE = "ONLINE_SERVICE_UPTAKE";

    public OnlineServiceUptake() {
        this(CODE);
    }

    OnlineServiceUptake(String code) {
        super(code);
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
