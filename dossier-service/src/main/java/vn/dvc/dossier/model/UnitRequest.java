package vn.dvc.dossier.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.dvc.contracts.catalog.Tier;

/** A unit to create or update. {@code parentCode} is null only for the root of the tree. */
public record UnitRequest(
        @NotBlank @Size(max = 50) @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE) String code,
        @NotBlank @Size(max = 300) String name,
        @NotNull Tier tier,
        @Size(max = 50) @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE) String parentCode,
        UnitKind kind) {
}
