package vn.dvc.rules;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * {@code APOLOGY_COMPLIANCE} (docs/counting-rules.md, indicator 5 "late dossiers that had a valid apology letter"; counting rules
 * v1 "Apology compliance"): of the dossiers late in the period — resolved late in it, or open and overdue at its
 * end — those with an apology issued at least 24 hours before the due time then in force and carrying a new
 * promised time. Target 100%.
 */
public final class ApologyCompliance extends NamedRule {

    public static final String CODE = "APOLOGY_COMPLIANCE";

    public ApologyCompliance() {
        super(CODE);
    }

    @Override
    public Set<Measure> inPeriod() {
        return Set.of(Measure.RESOLVED_LATE, Measure.RESOLVED_LATE_APOLOGISED);
    }

    @Override
    public Set<Measure> beforeEnd() {
        return Set.of(Measure.OVERDUE_FROM, Measure.OVERDUE_UNTIL, Measure.OVERDUE_FROM_APOLOGISED,
                Measure.OVERDUE_UNTIL_APOLOGISED);
    }

    @Override
    public Figure compute(Sums sums) {
        long resolvedLate = sums.inPeriod(Measure.RESOLVED_LATE);
        long openOverdue = sums.stockAtEnd(Measure.OVERDUE_FROM, Measure.OVERDUE_UNTIL);
        long apologised = sums.inPeriod(Measure.RESOLVED_LATE_APOLOGISED)
                + sums.stockAtEnd(Measure.OVERDUE_FROM_APOLOGISED, Measure.OVERDUE_UNTIL_APOLOGISED);
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("resolvedLate", resolvedLate);
        counts.put("openOverdue", openOverdue);
        return Figure.ratio(Ratio.of(apologised, resolvedLate + openOverdue), counts);
    }
}
