package vn.dvc.reporting.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.dvc.contracts.catalog.Tier;

/**
 * A steering bulletin as made: for each tier (departments, districts) each unit's campaign indicators against their
 * targets, the change since the previous bulletin and the unit's rank in its tier, its open overdue and near-due
 * dossiers, and its reports past their deadline and not submitted; what the figures rest on ({@link Sources}); and
 * the campaign's tasks each department and district (or a unit below it) is overdue on ({@link OverdueTasks}).
 */
public record BulletinView(long id, OffsetDateTime madeAt, OffsetDateTime scheduledFor, Long previousId,
                           @Schema(nullable = true, description = "the province (a root unit) it covers; null: the whole tree")
                           String province,
                           String campaign, LocalDate from, LocalDate to, LocalDate asOf, List<Section> sections,
                           Sources sources, List<OverdueTasks> overdueTasks,
                           @Schema(nullable = true, description = "the Decision 766 estimate over the campaign so far; null in "
                                   + "bulletins made before it existed, or before the campaign began") Score766 score766) {

    public BulletinView withId(long newId) {
        return new BulletinView(newId, madeAt, scheduledFor, previousId, province, campaign, from, to, asOf, sections, sources,
                overdueTasks, score766);
    }

    /** "Chỉ số 766": the estimated points of the bulletin's scope, part by part (docs/counting-rules.md). */
    public record Score766(String version, double measuredPoints, int measuredMax, int max, List<ScorePart> parts) {
    }

    /** One part: its rate's sides, percent and points; {@code missing}, what data it lacks, in Vietnamese. */
    public record ScorePart(String code, String label, int max, Long numerator, Long denominator, Double percent, Double points,
                            String missing) {
    }

    /**
     * "Nhiệm vụ quá hạn": a department or district, and each task of the campaign it or a unit below it is overdue on
     * when the bulletin is made, with the units overdue. Null in bulletins made before it existed.
     */
    public record OverdueTasks(String unitCode, String unitName, Tier tier, List<OverdueTask> tasks) {
    }

    /** {@code overdueUnits}: the names of the units overdue (the department or district itself, or units below it). */
    public record OverdueTask(String code, String title, String deadline, List<String> overdueUnits) {
    }

    /**
     * What the figures rest on ("Cảnh báo nguồn dữ liệu"): the units gone quiet, the data-quality flags of the last two
     * weeks, the pushes to the measurement system given up since the previous bulletin and the reminders not
     * delivered for a day. Null in bulletins made before it existed; no reminders in those made before reminders.
     */
    public record Sources(List<QuietUnit> quietUnits, List<QualityFlag> qualityFlags, List<FailedPush> failedPushes,
                          List<UndeliveredReminder> undeliveredReminders) {

        public Sources {
            undeliveredReminders = undeliveredReminders == null ? List.of() : List.copyOf(undeliveredReminders);
        }
    }

    /** A reminder given up, or still not delivered a day after it was made. */
    public record UndeliveredReminder(String unitCode, String type, String slot, String channel, int attempts,
                                      String lastError) {
    }

    public record QuietUnit(String unitCode, String unitName, OffsetDateTime latestEventAt, Integer silentWorkingDays) {
    }

    public record QualityFlag(String check, String label, String unitCode, String unitName, LocalDate from, LocalDate to) {
    }

    public record FailedPush(String unitCode, LocalDate from, LocalDate to, int attempts, OffsetDateTime lastAttemptAt,
                             Integer lastHttpStatus) {
    }

    public record Section(Tier tier, String title, List<UnitLine> units) {

        /** The indicators its lines carry, in their order. */
        @JsonIgnore
        public List<String> indicatorCodes() {
            return units.isEmpty() ? List.of() : units.get(0).indicators().stream().map(IndicatorLine::code).toList();
        }
    }

    public record UnitLine(String unitCode, String unitName, List<IndicatorLine> indicators, long openOverdue,
                           long nearDue, long missingReports) {

        /** Its line of an indicator, if it has one. */
        public IndicatorLine line(String code) {
            return indicators.stream().filter(line -> line.code().equals(code)).findFirst().orElse(null);
        }
    }

    /** {@code change}: percentage points (or the count's difference) since the previous bulletin; null without one. */
    public record IndicatorLine(String code, String label, Long numerator, Long denominator, BigDecimal percent,
                                Long value, BigDecimal target, Boolean met, BigDecimal change, Integer rank,
                                Integer rankedUnits) {

        /** The figure compared: the percent of a ratio, the value of a count. */
        public BigDecimal figure() {
            return percent != null ? percent : value == null ? null : BigDecimal.valueOf(value);
        }

        /** The same line with its change since {@code earlier} (the figure the previous bulletin showed, if any). */
        public IndicatorLine since(BigDecimal earlier) {
            BigDecimal now = figure();
            return new IndicatorLine(code, label, numerator, denominator, percent, value, target, met,
                    now == null || earlier == null ? null : now.subtract(earlier), rank, rankedUnits);
        }
    }
}
