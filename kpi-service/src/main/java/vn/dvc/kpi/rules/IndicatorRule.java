package vn.dvc.kpi.rules;

import java.util.Map;
import java.util.Set;
import vn.dvc.commons.figures.Ratio;

/** One indicator: which summary measures it reads and how it turns their sums into a ratio. */
public interface IndicatorRule {

    String code();

    Set<Measure> measures();

    Ratio compute(Map<Measure, Long> sums);
}
