package vn.dvc.kpi.model;

import java.time.LocalDate;
import java.util.List;

/** An indicator step by step over a period; the first and last steps are cut to the period. */
public record Series(String indicator, String unit, String step, LocalDate from, LocalDate to, String rulesVersion,
                     List<SeriesPoint> points) {
}
