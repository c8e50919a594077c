package vn.dvc.bench.stream;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.SplittableRandom;

/** Office time in Asia/Ho_Chi_Minh: working days, counter hours, due dates at 17:00. */
final class LocalClock {

    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final LocalTime MORNING = LocalTime.of(7, 30);
    private static final LocalTime NOON = LocalTime.of(11, 30);
    private static final LocalTime AFTERNOON = LocalTime.of(13, 0);
    private static final LocalTime CLOSING = LocalTime.of(17, 0);

    private LocalClock() {
    }

    static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZONE).toInstant();
    }

    static LocalDate dayOf(Instant instant) {
        return instant.atZone(ZONE).toLocalDate();
    }

    /** A moment the counters are open on that day: mornings, and afternoons on weekdays. */
    static Instant counterTime(SplittableRandom random, LocalDate day) {
        boolean saturday = day.getDayOfWeek() == DayOfWeek.SATURDAY;
        long morning = Duration.between(MORNING, NOON).toSeconds();
        long afternoon = saturday ? 0 : Duration.between(AFTERNOON, CLOSING).toSeconds();
        long second = random.nextLong(morning + afternoon);
        LocalTime time = second < morning ? MORNING.plusSeconds(second) : AFTERNOON.plusSeconds(second - morning);
        return day.atTime(time).atZone(ZONE).toInstant();
    }

    /** 17:00 on the {@code workingDays}-th working day after the day of {@code from}. */
    static Instant dueAfter(Instant from, int workingDays) {
        LocalDate day = dayOf(from);
        int left = workingDays;
        while (left > 0) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return day.atTime(CLOSING).atZone(ZONE).toInstant();
    }

    static Instant between(SplittableRandom random, Instant from, Instant to) {
        long span = Duration.between(from, to).toSeconds();
        return span <= 0 ? from : from.plusSeconds(random.nextLong(span));
    }

    static Duration minutes(SplittableRandom random, int from, int to) {
        return Duration.ofMinutes(from + random.nextInt(to - from + 1));
    }
}
