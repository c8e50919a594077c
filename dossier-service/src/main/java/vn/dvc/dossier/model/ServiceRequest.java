package vn.dvc.dossier.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A service of the national catalogue (code such as {@code 1.004227}) and the tiers that offer it. */
public record ServiceRequest(
        @NotBlank @Size(max = 50) @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE) String code,
        @NotBlank @Size(max = 1000) String name,
        @NotBlank @Size(max = 200) String field,
        @NotNull Boolean feeBearing,
        @NotEmpty @Size(max = 10) List<@Valid @NotNull OfferingRequest> offerings) {
}
