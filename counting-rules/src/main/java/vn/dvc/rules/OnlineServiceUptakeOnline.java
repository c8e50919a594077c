package vn.dvc.rules;

/**
 * K1 variant, {@code ONLINE_SERVICE_UPTAKE_ONLINE} (docs/counting-rules.md, indicator 1 "Variant: counting online dossiers
 * only"): level-3/4 offerings in scope with at least one dossier received online in the period / all level-3/4
 * offerings in scope. Target 80%.
 */
public final class OnlineServiceUptakeOnline extends OnlineServiceUptake {

    public static final String CODE = "ONLINE_SERVICE_UPTAKE_ONLINE";

    public OnlineServiceUptakeOnline() {
        super(CODE);
    }

    @Override
    long used(OfferingCounts offerings) {
        return offerings.usedOnline();
    }
}
