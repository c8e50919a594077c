package vn.dvc.rules;

import java.time.LocalDate;
import java.util.Map;
import vn.dvc.rules.time.WorkingCalendar;

/**
 * Counting rules v1, "Sources": how fresh a unit's data is on a given day, from the events it sent by their own local
 * day. Its usual is the median of its events per working day over the {@value #USUAL_WORKING_DAYS} working days up to
 * its latest event (what it sent while it was sending); it <em>usually sends</em> when that median is above zero. It is
 * quiet when it usually sends and at least {@code quietAfter} whole working days have passed since its latest event's
 * day (today is not over, so it is not counted).
 */
public final class SourceFreshness {

    public static final int USUAL_WORKING_DAYS = 20;

    private SourceFreshness() {
    }

    /**
     * @param eventsByDay events by their local day (the days around the latest event and the last 30 days suffice)
     * @param latestDay   the local day of the unit's latest event; null when it never sent one
     */
    public static Figures of(Map<LocalDate, Long> eventsByDay, LocalDate latestDay, LocalDate today,
                             WorkingCalendar calendar, int quietAfter) {
        Window last7 = window(eventsByDay, today.minusDays(6), today.plusDays(1), calendar);
        Window last30 = window(eventsByDay, today.minusDays(29), today.plusDays(1), calendar);
        if (latestDay == null) {
            return new Figures(last7, last30, 0, null, false);
        }
        double usual = Median.of(calendar.workingDaysUpTo(latestDay, USUAL_WORKING_DAYS).stream()
                .mapToDouble(day -> eventsByDay.getOrDefault(day, 0L)).toArray());
        int silent = latestDay.isBefore(today) ? calendar.workingDaysBetween(latestDay, today) : 0;
        return new Figures(last7, last30, usual, silent, usual > 0 && silent >= quietAfter);
    }

    private static Window window(Map<LocalDate, Long> eventsByDay, LocalDate from, LocalDate to, WorkingCalendar calendar) {
        long events = eventsByDay.entrySet().stream()
                .filter(day -> !day.getKey().isBefore(from) && day.getKey().isBefore(to))
                .mapToLong(Map.Entry::getValue).sum();
        int workingDays = calendar.workingDaysIn(from, to);
        return new Window(events, workingDays, workingDays == 0 ? 0 : (double) events / workingDays);
    }

    /** Events over a window of local days and their mean per working day in it. */
    public record Window(long events, int workingDays, double perWorkingDay) {
    }

    /**
     * @param silentWorkingDays whole working days since the latest event's day; null when the unit never sent
     */
    public record Figures(Window last7Days, Window last30Days, double usualPerWorkingDay, Integer silentWorkingDays,
                          boolean quiet) {
    }
}
