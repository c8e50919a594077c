package vn.dvc.reporting.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A unit's report for one period instance of a form (and one indicator, for a form that has them). */
public record SubmissionRequest(
        @NotBlank @Size(max = 64) String formCode,
        @Schema(description = "required for a form with indicators (LRIS)") @Size(max = 64) String indicatorCode,
        @NotBlank @Size(max = 50) String unitCode,
        @Schema(description = "2022-Q1 (quarterly), 2022-06 (monthly), 2022-06-01 (daily; every 2 days: the first day)")
        @NotBlank @Size(max = 16) String period,
        @Schema(description = "ISO-8601 with offset, local (Asia/Ho_Chi_Minh) or yyyyMMddHHmmss", example = "2022-04-10T09:00:00+07:00")
        @NotBlank @Size(max = 40) String submittedAt,
        @NotNull SubmissionChannel channel) {
}
