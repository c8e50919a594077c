package vn.dvc.kpi.model;

import java.time.LocalDate;
import vn.dvc.rules.IndicatorValue;

/** The indicator over one step [from, to) of a series. */
public record SeriesPoint(LocalDate from, LocalDate to, IndicatorValue figure) {
}
