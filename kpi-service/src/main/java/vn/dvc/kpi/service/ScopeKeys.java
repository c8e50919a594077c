package vn.dvc.kpi.service;

import vn.dvc.commons.catalog.UnitCopy;
import vn.dvc.rules.Measure;

/**
 * The keys of the summary rows ({@code kpi_rollup.scope_key}, {@code kpi_offering_rollup.scope_key}): which units'
 * dossiers a row sums. A unit's code stands for its whole subtree ({@code H10}); the whole tree is {@code *}; a key
 * followed by {@code @TIER} sums only that tier's units in it ({@code H10@COMMUNE}, {@code *@DISTRICT}); a code
 * followed by {@code !} is the unit's own rows, without the units below it ({@code H10!}). No unit code contains
 * {@code *}, {@code @} or {@code !}.
 */
public final class ScopeKeys {

    public static final String WHOLE_TREE = "*";
    private static final String TIER_MARK = "@";
    private static final String OWN_MARK = "!";

    private ScopeKeys() {
    }

    /** The rows of a unit and every unit below it. */
    public static String subtree(String unitCode) {
        return unitCode;
    }

    /** The rows of one tier's units within a subtree's or the whole tree's key. */
    public static String ofTier(String scopeKey, String tier) {
        return scopeKey + TIER_MARK + tier;
    }

    /** A LIKE pattern for every tier key of a unit's subtree. */
    public static String everyTierOf(String unitCode) {
        return UnitCopy.literal(unitCode) + TIER_MARK + "%";
    }

    /** The rows of a unit alone: what it received itself, against its reported totals. */
    public static String ownRows(String unitCode) {
        return unitCode + OWN_MARK;
    }

    public static boolean isOwnRows(String scopeKey) {
        return scopeKey.endsWith(OWN_MARK);
    }

    /**
     * Whether a measure has rows under a key: every measure under a subtree's key; under a unit's own key only what
     * is read there, the dossiers it received — a third fewer rows to write.
     */
    public static boolean keeps(String scopeKey, Measure measure) {
        return !isOwnRows(scopeKey) || measure == Measure.RECEIVED;
    }

    /** The unit a key is about: {@code H10@COMMUNE} → {@code H10}, {@code H10!} → {@code H10}. */
    public static String unitOf(String scopeKey) {
        int mark = scopeKey.indexOf(TIER_MARK);
        String base = mark < 0 ? scopeKey : scopeKey.substring(0, mark);
        return isOwnRows(base) ? base.substring(0, base.length() - OWN_MARK.length()) : base;
    }
}
