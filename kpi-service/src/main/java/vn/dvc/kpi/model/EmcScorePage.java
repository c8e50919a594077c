package vn.dvc.kpi.model;

import java.time.LocalDate;
import java.util.List;

/** One page of the ministry's pull of the Decision 766 estimate: {@code size} units per page, every part of each. */
public record EmcScorePage(LocalDate from, LocalDate to, String version, int page, int size, long totalUnits,
                           List<EmcScoreRow> rows) {
}
