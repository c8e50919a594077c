package vn.dvc.kpi.model;

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
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A campaign: a name, a period {@code [from, to)} of local days, a target per indicator code, optional targets of
 * single units that override the campaign's for them, and per target code the units it applies to and the day it is
 * judged on ({@code targetRules}: the plan's digitisation target is judged at its service centre and one-stop shops).
 */
public record CampaignRequest(@NotBlank @Size(max = 500) String name,
                              @NotBlank String from,
                              @NotBlank String to,
                              @NotNull @NotEmpty Map<@NotBlank String, @NotNull @DecimalMin("0") @Digits(integer = 18, fraction = 2) BigDecimal> targets,
                              @Size(max = 10_000) List<@Valid @NotNull UnitTarget> unitTargets,
                              Map<@NotBlank String, @Valid @NotNull TargetRule> targetRules) {

    /** The units a target applies to (none: every unit), and the local day it is judged on (none: the campaign's end). */
    public record TargetRule(@Valid Scope appliesTo, @Schema(description = "yyyy-MM-dd") String judgedOn) {
    }

    /** Units by code, or units of these kinds at these tiers (any tier when none). */
    public record Scope(@Size(max = 1000) List<@NotBlank @Size(max = 50) String> units,
                        @Size(max = 10) List<@NotBlank @Size(max = 50) String> kinds,
                        @Size(max = 10) List<@NotBlank String> tiers) {
    }

    public record UnitTarget(@NotBlank @Size(max = 50) String unit, @NotBlank String indicator,
                             @NotNull @DecimalMin("0") @Digits(integer = 18, fraction = 2) BigDecimal target) {
    }
}
