package vn.dvc.kpi.emc;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import vn.dvc.rules.time.PortalTime;

/**
 * When the indicators are pushed (daily at {@code at}, local time) and for which periods: each named period is read on
 * the slot's local day D from the day before it, whose figures are complete — {@code month-to-date} the 1st of
 * D − 1's month to D, {@code previous-month} the whole month before that, {@code year-to-date} 1 January of D − 1's
 * year to D.
 */
public record PushSchedule(LocalTime at, List<String> periods) {

    public static final List<String> PERIOD_NAMES = List.of("month-to-date", "previous-month", "year-to-date");

    public PushSchedule {
        for (String period : periods) {
            if (!PERIOD_NAMES.contains(period)) {
                throw new IllegalArgumentException("kpi.emc-push.periods: '" + period + "' is not one of " + PERIOD_NAMES);
            }
        }
    }

    /** The latest daily slot at or before {@code now}. */
    public Instant latestSlot(Instant now) {
        ZonedDateTime local = now.atZone(PortalTime.LOCAL_ZONE);
        ZonedDateTime today = local.toLocalDate().atTime(at).atZone(PortalTime.LOCAL_ZONE);
        return (today.isAfter(local) ? today.minusDays(1) : today).toInstant();
    }

    /** The configured periods of a slot, {@code [from, to)} each. */
    public List<Period> periodsOf(Instant slot) {
        LocalDate day = slot.atZone(PortalTime.LOCAL_ZONE).toLocalDate();
        LocalDate yesterday = day.minusDays(1);
        return periods.stream().map(name -> switch (name) {
            case "month-to-date" -> new Period(yesterday.withDayOfMonth(1), day);
            case "previous-month" -> new Period(yesterday.withDayOfMonth(1).minusMonths(1), yesterday.withDayOfMonth(1));
            default -> new Period(yesterday.with(TemporalAdjusters.firstDayOfYear()), day);
        }).toList();
    }

    public record Period(LocalDate from, LocalDate to) {
    }
}
