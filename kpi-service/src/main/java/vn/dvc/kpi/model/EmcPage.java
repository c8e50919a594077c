package vn.dvc.kpi.model;

import java.time.LocalDate;
import java.util.List;

/** One page of the ministry's pull: {@code size} units per page, every indicator of each; {@code totalUnits} in all. */
public record EmcPage(LocalDate from, LocalDate to, int page, int size, long totalUnits, List<EmcRow> rows) {
}
