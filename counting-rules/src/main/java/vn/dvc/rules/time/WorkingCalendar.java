package vn.dvc.rules.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The days a unit's office works — Monday to Friday, less the official holidays of the
 * configured calendar (docs/counting-rules.md). Weekends and holidays never make a source look quiet.
 */
public record WorkingCalendar(Set<LocalDate> holidays) {

    public WorkingCalendar {
        holidays = Set.copyOf(holidays);
    }

    public boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !holidays.contains(day);
    }

    /** The first working day after {@code day}. */
    public LocalDate nextWorkingDay(LocalDate day) {
        LocalDate next = day.plusDays(1);
        while (!isWorkingDay(next)) {
            next = next.plusDays(1);
        }
        return next;
    }

    /** The day {@code count} working days after {@code day} (the first working day after it is the first). */
    public LocalDate plusWorkingDays(LocalDate day, int count) {
        LocalDate reached = day;
        for (int i = 0; i < count; i++) {
            reached = nextWorkingDay(reached);
        }
        return reached;
    }

    /** Working days strictly after {@code after} and strictly before {@code before}. */
    public int workingDaysBetween(LocalDate after, LocalDate before) {
        int count = 0;
        for (LocalDate day = after.plusDays(1); day.isBefore(before); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /** Working days in {@code [from, to)}. */
    public int workingDaysIn(LocalDate from, LocalDate to) {
        return workingDaysBetween(from.minusDays(1), to);
    }

    /** The {@code count} working days ending with {@code last} (included when it is one), latest first. */
    public List<LocalDate> workingDaysUpTo(LocalDate last, int count) {
        List<LocalDate> days = new ArrayList<>(count);
        for (LocalDate day = last; days.size() < count; day = day.minusDays(1)) {
            if (isWorkingDay(day)) {
                days.add(day);
            }
        }
        return days;
    }
}
