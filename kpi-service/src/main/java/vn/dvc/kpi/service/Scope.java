package vn.dvc.kpi.service;

/**
 * What an indicator is computed over (docs/counting-rules.md, "a unit with its whole subtree, or a tier, or the whole
 * province"): a unit with its subtree (its path in the unit copy) or the whole tree, and optionally only the units of
 * one tier in it.
 */
public record Scope(String unitCode, String path, String rootTier, String tier) {

    public static final Scope WHOLE_TREE = new Scope(null, null, null, null);

    public boolean wholeTree() {
        return unitCode == null;
    }

    public Scope ofTier(String onlyTier) {
        return new Scope(unitCode, path, rootTier, onlyTier);
    }

    /** The key of the scope's summary rows ({@link ScopeKeys}). */
    public String rollupKey() {
        String base = unitCode == null ? ScopeKeys.WHOLE_TREE : ScopeKeys.subtree(unitCode);
        return tier == null ? base : ScopeKeys.ofTier(base, tier);
    }
}
