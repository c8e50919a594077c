package vn.dvc.kpi.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A unit's report on a task: IN_PROGRESS (with a percent done) or DONE, when ({@code reportedAt}, ISO-8601 with an
 * offset; now when absent), for which occurrence of a recurring task (its day), with the document that proves it.
 * {@code unit} is the reporting key's own unit when absent.
 */
public record TaskReportRequest(@Size(max = 50) String unit,
                                @NotBlank String state,
                                @Min(0) @Max(100) Integer progress,
                                @Size(max = 10) String occurrence,
                                String reportedAt,
                                @Valid Evidence evidence) {

    /** The document: its number (e.g. 123/QĐ-UBND) and date. */
    public record Evidence(@Size(max = 100) String documentNumber, String documentDate) {
    }
}
