package vn.dvc.rules;

/**
 * Indicator 1's inputs for a scope and period: the level-3/4 (FULL or PARTIAL) offerings in scope, and how many of
 * them received a dossier in the period — any dossier, or an online one.
 */
public record OfferingCounts(long offered, long used, long usedOnline) {

    public static final OfferingCounts NONE = new OfferingCounts(0, 0, 0);
}
