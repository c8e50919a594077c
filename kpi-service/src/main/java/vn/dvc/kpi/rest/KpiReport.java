package vn.dvc.kpi.rest;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.dvc.kpi.rules.IndicatorValue;

/** Every indicator of one scope and period (README, "Indicators"). {@code unit} is null for the whole tree;
 * {@code tier}, when given, keeps only the units of that tier. */
public record KpiReport(@Schema(nullable = true, description = "the unit asked for; null = the whole tree") String unit,
                        @Schema(nullable = true, description = "the tier asked for; null = every unit") String tier,
                        LocalDate from, LocalDate to, String rulesVersion,
                        List<IndicatorValue> indicators) {
}
