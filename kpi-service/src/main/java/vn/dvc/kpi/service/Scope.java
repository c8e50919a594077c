package vn.dvc.kpi.service;

/** What an indicator is computed over: a unit with its subtree (its path in the unit copy), or the whole tree. */
public record Scope(String unitCode, String path, String rootTier) {

    public static final Scope WHOLE_TREE = new Scope(null, null, null);

    public boolean wholeTree() {
        return unitCode == null;
    }
}
