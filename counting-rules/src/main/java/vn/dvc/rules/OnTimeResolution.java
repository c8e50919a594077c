package vn.dvc.rules;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * K5, {@code ON_TIME_RESOLUTION} (docs/counting-rules.md, indicator 5 "On-time resolution"; counting rules v1 "Late / Early /
 * On time"): dossiers resolved in the period on or before their due time in force (early or on time) / dossiers
 * resolved in the period, with the early, on-time and late counts. Target 100%.
 */
public final class OnTimeResolution extends NamedRule {

    public static final String CODE = "ON_TIME_RESOLUTION";

    public OnTimeResolution() {
        super(CODE);
    }

    @Override
    public Set<Measure> inPeriod() {
        return Set.of(Measure.RESOLVED, Measure.RESOLVED_EARLY, Measure.RESOLVED_ON_TIME, Measure.RESOLVED_LATE);
    }

    @Override
    public Figure compute(Sums sums) {
        long early = sums.inPeriod(Measure.RESOLVED_EARLY);
        long onTime = sums.inPeriod(Measure.RESOLVED_ON_TIME);
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("early", early);
        counts.put("onTime", onTime);
        counts.put("late", sums.inPeriod(Measure.RESOLVED_LATE));
        return Figure.ratio(Ratio.of(early + onTime, sums.inPeriod(Measure.RESOLVED)), counts);
    }
}
