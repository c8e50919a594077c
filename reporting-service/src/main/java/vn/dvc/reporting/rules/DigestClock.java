package vn.dvc.reporting.rules;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Optional;
import vn.dvc.rules.time.OfficeHours;
import vn.dvc.rules.time.PortalTime;
import vn.dvc.rules.time.WorkingCalendar;

/**
 * When a unit's reminders fall: its digest once a working day at its local time (a day whose time has passed while
 * the service was down is still sent that day, never the next); "near due" is due by the end of the next working day
 * (the apology letter must go at least a day before the due time); "urgent" is due within {@link #URGENT_WITHIN} of
 * the offices' working hours.
 */
public record DigestClock(OfficeHours officeHours) {

    public static final Duration URGENT_WITHIN = Duration.ofHours(4);

    private WorkingCalendar calendar() {
        return officeHours.calendar();
    }

    /** The day whose digest is due at {@code now}: today when it is a working day and {@code at} has come. */
    public Optional<LocalDate> digestDue(LocalTime at, Instant now) {
        ZonedDateTime local = now.atZone(PortalTime.LOCAL_ZONE);
        LocalDate today = local.toLocalDate();
        if (!calendar().isWorkingDay(today) || local.toLocalTime().isBefore(at)) {
            return Optional.empty();
        }
        return Optional.of(today);
    }

    /** The next working day after {@code now}'s local day: the one near-due dossiers fall due by. */
    public LocalDate nextWorkingDay(Instant now) {
        return calendar().nextWorkingDay(now.atZone(PortalTime.LOCAL_ZONE).toLocalDate());
    }

    /** From {@code now} to the end of the next working day, in whole minutes: the near-due window. */
    public Duration nearDueWindow(Instant now) {
        return wholeMinutesUntil(now, nextWorkingDay(now).plusDays(1).atStartOfDay(PortalTime.LOCAL_ZONE).toInstant());
    }

    /** From {@code now} to the end of the next {@link #URGENT_WITHIN} of office hours, in whole minutes. */
    public Duration urgentWindow(Instant now) {
        return wholeMinutesUntil(now, officeHours.after(now, URGENT_WITHIN));
    }

    private static Duration wholeMinutesUntil(Instant now, Instant end) {
        return Duration.ofMinutes((Duration.between(now, end).getSeconds() + 59) / 60);
    }
}
