package vn.dvc.rules.time;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The hours a unit's office works on a working day (docs/operations.md, "Working days"), e.g. {@code 07:00-11:30,
 * 13:30-17:00}: "within 4 working hours" counts only these, on the days of the {@link WorkingCalendar}, so a dossier
 * due Monday 09:00 is within 4 working hours of Friday 15:00.
 */
public record OfficeHours(List<Span> spans, WorkingCalendar calendar, ZoneId zone) {

    public OfficeHours {
        spans = List.copyOf(spans);
        if (spans.isEmpty()) {
            throw new IllegalArgumentException("office hours: at least one span");
        }
        for (int i = 0; i < spans.size(); i++) {
            if (i > 0 && spans.get(i).start().isBefore(spans.get(i - 1).end())) {
                throw new IllegalArgumentException("office hours: spans in order and apart, " + spans);
            }
        }
    }

    /** Spans as {@code HH:mm-HH:mm}, comma-separated, in the day's order. */
    public static OfficeHours parse(String spec, WorkingCalendar calendar, ZoneId zone) {
        List<Span> spans = new ArrayList<>();
        for (String span : spec.split(",")) {
            String[] ends = span.trim().split("-");
            if (ends.length != 2) {
                throw new IllegalArgumentException("office hours: '" + span.trim() + "' is not HH:mm-HH:mm");
            }
            spans.add(new Span(LocalTime.parse(ends[0].trim()), LocalTime.parse(ends[1].trim())));
        }
        return new OfficeHours(spans, calendar, zone);
    }

    /** The moment {@code amount} of office time after {@code from}: time outside the spans and off days does not count. */
    public Instant after(Instant from, Duration amount) {
        LocalDateTime at = LocalDateTime.ofInstant(from, zone);
        Duration left = amount;
        for (LocalDate day = at.toLocalDate(); ; day = day.plusDays(1)) {
            if (!calendar.isWorkingDay(day)) {
                continue;
            }
            for (Span span : spans) {
                LocalDateTime start = day.atTime(span.start());
                LocalDateTime end = day.atTime(span.end());
                if (!end.isAfter(at)) {
                    continue;
                }
                LocalDateTime counted = start.isAfter(at) ? start : at;
                Duration open = Duration.between(counted, end);
                if (open.compareTo(left) >= 0) {
                    return counted.plus(left).atZone(zone).toInstant();
                }
                left = left.minus(open);
            }
        }
    }

    /** One stretch of a working day, {@code start} before {@code end}. */
    public record Span(LocalTime start, LocalTime end) {

        public Span {
            if (!start.isBefore(end)) {
                throw new IllegalArgumentException("office hours: " + start + " is not before " + end);
            }
        }
    }
}
