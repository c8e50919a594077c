package vn.dvc.kpi.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.dvc.contracts.catalog.Tier;
import vn.dvc.kpi.service.AppliedProgress;
import vn.dvc.rules.IndicatorValue;

/** Every indicator of one scope and period (README, "Indicators"). {@code unit} is null for the whole tree;
 * {@code tier}, when given, keeps only the units of that tier. */
public record KpiReport(@Schema(nullable = true, description = "the unit asked for; null = the whole tree") String unit,
                        @Schema(nullable = true, description = "the tier asked for; null = every unit") Tier tier,
                        LocalDate from, LocalDate to, String rulesVersion,
                        List<IndicatorValue> indicators,
                        @Schema(description = "the moment of the committed rows these figures were computed from: "
                                + "every event applied before it counts (figures of scopes read often are kept in "
                                + "memory and served again while nothing newer has been applied)") Instant asOf,
                        AppliedProgress.Progress progress) {
}
