package vn.dvc.reporting.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A unit's own count of the dossiers it received in {@code [from, to)}, paper ones included (README, "Dossier intake"). */
public record DossierTotalRequest(
        @NotBlank @Size(max = 50) String unitCode,
        @Schema(description = "first local day") @NotNull LocalDate from,
        @Schema(description = "day after the last") @NotNull LocalDate to,
        @NotNull @PositiveOrZero Long total,
        @Schema(description = "where the figure comes from, e.g. the unit's register") @Size(max = 100) String source) {
}
