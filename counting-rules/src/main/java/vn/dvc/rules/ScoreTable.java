package vn.dvc.rules;

import java.util.List;

/**
 * One version of the Decision 766 scoring table (docs/counting-rules.md, "Decision 766 score"): data, not code, read
 * from {@code scoring/decision-766.json}.
 *
 * @param reconstruction whether the table is fitted to published scores rather than taken from the legal text
 */
public record ScoreTable(String version, boolean isDefault, boolean reconstruction, String title, String note,
                         List<String> sources, List<Component> components) {

    public int max() {
        return components.stream().mapToInt(Component::max).sum();
    }

    /**
     * @param threshold            below it, points = rate × max ÷ threshold, at or above it the full max; none = rate × max
     * @param measuredAs           how the suite measures it; null = not measured (never guessed)
     * @param nationalCode         the national portal's code for it in its evaluation answer; null where it gives none
     * @param data                 what it is computed from, in Vietnamese: what a province must send for it
     * @param whenNothingToMeasure what a zero denominator scores, as the reconstruction says; none = no points, left
     *                             out of what was measured
     */
    public record Component(String code, String group, String label, String nationalCode, int max, Double threshold,
                            ScoreLever measuredAs, String data, NothingToMeasure whenNothingToMeasure) {

        /** A part's points when its denominator is zero. */
        public enum NothingToMeasure {
            /** The full max: nothing was late, nobody was unsatisfied. */
            FULL,
            /** Zero points. */
            ZERO
        }

        /** The points of a zero denominator; null when the part then has none. */
        public Double pointsWithNothingToMeasure() {
            if (whenNothingToMeasure == null) {
                return null;
            }
            return whenNothingToMeasure == NothingToMeasure.FULL ? (double) max : 0.0;
        }

        /** The points a rate earns: capped at the max. */
        public double points(double rate) {
            if (threshold == null) {
                return Math.min(max, rate * max);
            }
            return rate >= threshold ? max : rate * max / threshold;
        }
    }
}
