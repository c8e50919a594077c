package vn.dvc.kpi.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.dvc.contracts.catalog.Tier;
import vn.dvc.rules.TargetScope;

/**
 * Where each unit of a tier stands in a campaign on {@code asOf}: each targeted indicator over the campaign so far,
 * its target, the daily run-rate of numerator still needed to reach the target by the end, and the percent the end
 * would show at the pace of the last seven days.
 */
public record CampaignProgress(String campaign, LocalDate from, LocalDate to, LocalDate asOf, long daysElapsed,
                               long daysRemaining, Tier tier, List<UnitProgress> units) {

    /**
     * @param onlineOnly the campaign's online-only pilot over the unit's subtree (ONLINE_ONLY_COMPLIANCE); null when
     *                   the campaign has no pilot or none of its units is in the subtree
     * @param tasks      the unit's own obligations on the campaign's tasks, by status, now
     */
    public record UnitProgress(String unit, String name, List<IndicatorProgress> indicators, IndicatorProgress onlineOnly,
                               TaskBoard.Counts tasks) {
    }

    public record IndicatorProgress(String code, Long numerator, Long denominator, BigDecimal percent, Long value,
                                    BigDecimal target, Boolean met, BigDecimal neededPerDay,
                                    BigDecimal projectedPercent,
                                    @Schema(description = "the units the target applies to (the figure is theirs, in this unit's subtree); absent: the unit itself")
                                    TargetScope appliesTo,
                                    @Schema(description = "the local day the target is judged on") LocalDate judgedOn) {

        /** The same progress, with the scope it was judged over and the day it is judged on. */
        public IndicatorProgress judged(TargetScope scope, LocalDate day) {
            return new IndicatorProgress(code, numerator, denominator, percent, value, target, met, neededPerDay, projectedPercent,
                    scope, day);
        }
    }
}
