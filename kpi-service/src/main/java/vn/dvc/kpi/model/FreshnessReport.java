package vn.dvc.kpi.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.dvc.rules.SourceFreshness.Window;

/**
 * How fresh each unit's data is on a day (counting rules v1, "Sources"), quiet units first.
 *
 * @param quietUnits units that usually send and have sent nothing for {@code quietAfterWorkingDays} working days
 */
public record FreshnessReport(String unit, LocalDate at, int quietAfterWorkingDays, int quietUnits, String rulesVersion,
                              List<UnitFreshness> units) {

    /**
     * @param latestEventAt     the latest event's own time; null when the unit never sent one
     * @param silentWorkingDays whole working days since that event's day (today is not over)
     * @param usualPerWorkingDay median events per working day over the 20 working days up to its latest event
     * @param sources           each key that sent for the unit: its latest event and events over the last 30 days
     */
    public record UnitFreshness(String unitCode, String unitName, Instant latestEventAt, Integer silentWorkingDays,
                                boolean quiet, Window last7Days, Window last30Days, double usualPerWorkingDay,
                                List<KeyFreshness> sources) {
    }

    /** @param sourceKey the API key's id; empty for events no key vouched for */
    public record KeyFreshness(@Schema(example = "portal-bp") String sourceKey, Instant latestEventAt,
                               long eventsLast30Days) {
    }
}
