package vn.dvc.bench.province;

/**
 * A service of the generated catalogue with its single offering: the tier it is provided at, its legacy level, and
 * for a provincial offering the department that owns it.
 */
public record ServiceSpec(String code, String name, String field, boolean feeBearing, String tier, int level,
                          String ownerUnitCode, int processingDays) {

    /** Level 3 or 4: counted by indicator 1. */
    public boolean online() {
        return level >= 3;
    }

    public boolean landRelated() {
        return Fields.LAND.equals(field);
    }
}
