package vn.dvc.kpi.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A campaign: a name, a period {@code [from, to)} of local days, a target per indicator code, and optional targets
 * of single units that override the campaign's for them.
 */
public record CampaignRequest(@NotBlank @Size(max = 500) String name,
                              @NotBlank String from,
                              @NotBlank String to,
                              @NotNull @NotEmpty Map<@NotBlank String, @NotNull @DecimalMin("0") @Digits(integer = 18, fraction = 2) BigDecimal> targets,
                              @Size(max = 10_000) List<@Valid @NotNull UnitTarget> unitTargets) {

    public record UnitTarget(@NotBlank @Size(max = 50) String unit, @NotBlank String indicator,
                             @NotNull @DecimalMin("0") @Digits(integer = 18, fraction = 2) BigDecimal target) {
    }
}
