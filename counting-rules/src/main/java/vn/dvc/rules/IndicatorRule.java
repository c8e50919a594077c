package vn.dvc.rules;

import java.util.Set;

/** One indicator: which summary measures it reads, and how it turns their sums into its figure. */
public interface IndicatorRule {

    String code();

    /** Measures summed over the period. */
    default Set<Measure> inPeriod() {
        return Set.of();
    }

    /** Measures summed over every day before the period's end. */
    default Set<Measure> beforeEnd() {
        return Set.of();
    }

    /** Whether it reads indicator 1's offering counts. */
    default boolean readsOfferings() {
        return false;
    }

    /** Whether it reads the dossiers never entered, from units' self-reported totals. */
    default boolean readsReportedTotals() {
        return false;
    }

    /** Whether it reads the scope's unit counts. */
    default boolean readsUnitCounts() {
        return false;
    }

    /** Whether it reads the scope's feedback items. */
    default boolean readsFeedback() {
        return false;
    }

    /** Whether a figure above its target meets it (most) or one below it does (late, overdue). */
    default boolean higherIsBetter() {
        return true;
    }

    Figure compute(Sums sums);
}
