package vn.dvc.reporting.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.dvc.contracts.catalog.Tier;
import vn.dvc.reporting.rules.Frequency;
import vn.dvc.reporting.rules.ReportSystem;

/** A report form (README, "Reports, bulletin and appendices": "PUT /report-forms"): assigned to every unit of a tier (or tiers), to listed units, or
 * indicator by indicator. */
public record FormRequest(
        @NotBlank @Size(max = 64) @Pattern(regexp = FormRequest.CODE, message = FormRequest.CODE_MESSAGE) String code,
        @NotBlank @Size(max = 300) String name,
        @NotNull ReportSystem system,
        @NotNull Frequency frequency,
        @Schema(description = "<days>D = by the end of that many days after the period's last day; <days>D@HH:mm = "
                + "at that local time. Quarterly + 15 days: 15D; every 2 days before 17:00: 0D@17:00", example = "15D")
        @NotBlank @Size(max = 16) String dueRule,
        @Schema(description = "every unit of this tier owes the form") Tier assignedTier,
        @Schema(description = "every unit of these tiers owes the form") @Size(max = 10) List<@NotNull Tier> assignedTiers,
        @Schema(description = "these units owe the form") @Size(max = 5_000) List<@NotBlank String> assignedUnits,
        @Schema(description = "the form's individual indicators (LRIS: 312), each owed by its unit or, without one, by "
                + "the form's assignees") @Size(max = 5_000) List<@Valid @NotNull IndicatorRequest> indicators,
        @Schema(description = "first local day the form is owed for") @NotNull LocalDate activeFrom,
        @Schema(description = "day after the last one it is owed for; none = open-ended") LocalDate activeTo) {

    public static final String CODE = "[A-Za-z0-9._/-]+";
    public static final String CODE_MESSAGE = "may hold only letters, digits and . _ / -";

    /** One indicator of a form. */
    public record IndicatorRequest(
            @NotBlank @Size(max = 64) @Pattern(regexp = CODE, message = CODE_MESSAGE) String code,
            @NotBlank @Size(max = 300) String name,
            @Size(max = 50) String unitCode) {
    }
}
