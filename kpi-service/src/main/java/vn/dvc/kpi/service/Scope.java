package vn.dvc.kpi.service;

import vn.dvc.contracts.catalog.Tier;

/**
 * What an indicator is computed over (docs/counting-rules.md, "a unit with its whole subtree, or a tier, or the whole
 * province"): a unit with its subtree (its path in the unit copy) or the whole tree, and optionally only the units of
 * one tier in it.
 */
public record Scope(String unitCode, String path, Tier rootTier, Tier tier) {

    public static final Scope WHOLE_TREE = new Scope(null, null, null, null);

    public boolean wholeTree() {
        return unitCode == null;
    }

    public Scope ofTier(Tier onlyTier) {
        return new Scope(unitCode, path, rootTier, onlyTier);
    }

    /** The key of the scope's summary rows. */
    public ScopeKey rollupKey() {
        ScopeKey base = unitCode == null ? ScopeKey.WHOLE_TREE : ScopeKey.subtree(unitCode);
        return tier == null ? base : base.ofTier(tier);
    }
}
