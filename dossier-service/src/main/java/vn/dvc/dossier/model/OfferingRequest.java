package vn.dvc.dossier.model;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.dvc.contracts.catalog.Tier;

/**
 * A service offered at one tier — by one province, or by every province — with a legacy level (1–4), a Decree 42
 * mode, or both when they agree.
 */
public record OfferingRequest(
        @NotNull Tier tier,
        @Min(1) @Max(4) Integer level,
        OnlineMode onlineMode,
        @Size(max = 50) @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE) String ownerUnitCode,
        @Schema(description = "the province (a root unit) that offers it at this tier; absent: every province")
        @Size(max = 50) @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE) String province) {
}
