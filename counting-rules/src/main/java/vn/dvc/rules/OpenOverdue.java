package vn.dvc.rules;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * K5, {@code OPEN_OVERDUE} (docs/counting-rules.md, indicator 5 "open dossiers past due at the period's end"; counting rules v1
 * "Open at the period's end"): dossiers received before the end and not ended before it whose due time in force was
 * before it; with the open count. A count, lower is better; target 0.
 */
public final class OpenOverdue extends NamedRule {

    public static final String CODE = "OPEN_OVERDUE";

    public OpenOverdue() {
        super(CODE);
    }

    @Override
    public Set<Measure> beforeEnd() {
        return Set.of(Measure.RECEIVED, Measure.ENDED, Measure.OVERDUE_FROM, Measure.OVERDUE_UNTIL);
    }

    @Override
    public boolean higherIsBetter() {
        return false;
    }

    @Override
    public Figure compute(Sums sums) {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("open", sums.stockAtEnd(Measure.RECEIVED, Measure.ENDED));
        return Figure.count(sums.stockAtEnd(Measure.OVERDUE_FROM, Measure.OVERDUE_UNTIL), counts);
    }
}
