package vn.dvc.kpi.model;

import java.time.LocalDate;
import java.util.List;

/** One page of the offerings in scope without a dossier in [from, to); {@code total} counts them all. */
public record UnusedOfferings(String unit, LocalDate from, LocalDate to, long offered, long total, int page, int size,
                              List<UnusedOffering> items) {
}
