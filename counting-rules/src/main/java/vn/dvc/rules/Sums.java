package vn.dvc.rules;

import java.util.Map;
import vn.dvc.rules.feedback.FeedbackCounts;

/**
 * The summary rows a rule reads for one scope and period: flows summed over the period {@code [from, to)},
 * measures summed over every day before the period's end (for the stocks open at that end), indicator 1's
 * offering counts, the scope's unit counts, the dossiers its units say were never entered and its feedback items'
 * ratios.
 */
public record Sums(Map<Measure, Long> inPeriod, Map<Measure, Long> beforeEnd, OfferingCounts offerings,
                   UnitCounts units, long notEntered, FeedbackCounts feedback) {

    public Sums(Map<Measure, Long> inPeriod, Map<Measure, Long> beforeEnd) {
        this(inPeriod, beforeEnd, OfferingCounts.NONE, UnitCounts.NONE, 0, FeedbackCounts.NONE);
    }

    public Sums withOfferings(OfferingCounts counts) {
        return new Sums(inPeriod, beforeEnd, counts, units, notEntered, feedback);
    }

    public Sums withUnits(UnitCounts counts) {
        return new Sums(inPeriod, beforeEnd, offerings, counts, notEntered, feedback);
    }

    public Sums withNotEntered(long dossiers) {
        return new Sums(inPeriod, beforeEnd, offerings, units, dossiers, feedback);
    }

    public Sums withFeedback(FeedbackCounts counts) {
        return new Sums(inPeriod, beforeEnd, offerings, units, notEntered, counts);
    }

    public long inPeriod(Measure measure) {
        return inPeriod.getOrDefault(measure, 0L);
    }

    public long beforeEnd(Measure measure) {
        return beforeEnd.getOrDefault(measure, 0L);
    }

    /** What came in before the end minus what went out before it. */
    public long stockAtEnd(Measure in, Measure out) {
        return beforeEnd(in) - beforeEnd(out);
    }
}
