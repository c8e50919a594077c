package vn.dvc.kpi.service;

import java.util.Objects;
import vn.dvc.commons.catalog.UnitCopy;
import vn.dvc.contracts.catalog.Tier;
import vn.dvc.rules.Measure;

/**
 * The key of a summary row ({@code kpi_rollup.scope_key}, {@code kpi_offering_rollup.scope_key}): which units'
 * dossiers the row sums. A unit's code stands for its whole subtree ({@code H10}); the whole tree is {@code *}; a key
 * followed by {@code @TIER} sums only that tier's units in it ({@code H10@COMMUNE}, {@code *@DISTRICT}); a code
 * followed by {@code !} is the unit's own rows, without the units below it ({@code H10!}). No unit code contains
 * {@code *}, {@code @} or {@code !}. {@link #value()} is the column's text.
 */
public record ScopeKey(String value) {

    public static final ScopeKey WHOLE_TREE = new ScopeKey("*");
    private static final String TIER_MARK = "@";
    private static final String OWN_MARK = "!";

    public ScopeKey {
        Objects.requireNonNull(value, "a scope key");
    }

    /** The rows of a unit and every unit below it. */
    public static ScopeKey subtree(String unitCode) {
        return new ScopeKey(unitCode);
    }

    /** The rows of a unit alone: what it received itself, against its reported totals. */
    public static ScopeKey ownRows(String unitCode) {
        return new ScopeKey(unitCode + OWN_MARK);
    }

    /** A LIKE pattern for every tier key of a unit's subtree. */
    public static String everyTierPattern(String unitCode) {
        return UnitCopy.literal(unitCode) + TIER_MARK + "%";
    }

    /** The rows of one tier's units within this subtree's or the whole tree's key. */
    public ScopeKey ofTier(Tier tier) {
        return new ScopeKey(value + TIER_MARK + tier.name());
    }

    public boolean isOwnRows() {
        return value.endsWith(OWN_MARK);
    }

    /**
     * Whether a measure has rows under this key: every measure under a subtree's key; under a unit's own key only
     * what is read there, the dossiers it received — a third fewer rows to write.
     */
    public boolean keeps(Measure measure) {
        return !isOwnRows() || measure == Measure.RECEIVED;
    }

    /** The unit the key is about: {@code H10@COMMUNE} → {@code H10}, {@code H10!} → {@code H10}. */
    public String unitCode() {
        int mark = value.indexOf(TIER_MARK);
        String base = mark < 0 ? value : value.substring(0, mark);
        return base.endsWith(OWN_MARK) ? base.substring(0, base.length() - OWN_MARK.length()) : base;
    }

    @Override
    public String toString() {
        return value;
    }
}
