package vn.dvc.rules.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OfficeHoursTest {

    private static final ZoneId LOCAL = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Duration FOUR_HOURS = Duration.ofHours(4);
    /** 2026-04-27 (a Monday) and 2026-04-30 are holidays. */
    private final OfficeHours hours = OfficeHours.parse("07:00-11:30, 13:30-17:00",
            new WorkingCalendar(Set.of(LocalDate.parse("2026-04-27"), LocalDate.parse("2026-04-30"))), LOCAL);

    @Test
    void withinOneSpanItIsClockTime() {
        assertThat(hours.after(local("2026-04-28T07:15"), FOUR_HOURS)).isEqualTo(local("2026-04-28T11:15"));
    }

    @Test
    void theLunchBreakDoesNotCount() {
        assertThat(hours.after(local("2026-04-28T09:00"), FOUR_HOURS)).isEqualTo(local("2026-04-28T15:00"));
    }

    @Test
    void theNightAndTheWeekendAndAHolidayDoNotCount() {
        // Friday 15:00: 2 hours left that day; Monday is a holiday; Tuesday from 07:00
        assertThat(hours.after(local("2026-04-24T15:00"), FOUR_HOURS)).isEqualTo(local("2026-04-28T09:00"));
    }

    @Test
    void beforeTheOfficeOpensCountingStartsAtItsOpening() {
        assertThat(hours.after(local("2026-04-28T05:00"), FOUR_HOURS)).isEqualTo(local("2026-04-28T11:00"));
        assertThat(hours.after(local("2026-04-28T12:00"), Duration.ofMinutes(30))).isEqualTo(local("2026-04-28T14:00"));
    }

    @Test
    void anEndOfASpanIsReachedExactly() {
        assertThat(hours.after(local("2026-04-28T07:00"), Duration.ofMinutes(270))).isEqualTo(local("2026-04-28T11:30"));
    }

    @Test
    void aSpecThatDoesNotReadIsRefusedNamingIt() {
        WorkingCalendar none = new WorkingCalendar(Set.of());
        assertThatThrownBy(() -> OfficeHours.parse("07:00", none, LOCAL)).hasMessageContaining("'07:00'");
        assertThatThrownBy(() -> OfficeHours.parse("13:00-17:00,07:00-11:00", none, LOCAL)).hasMessageContaining("in order");
        assertThatThrownBy(() -> OfficeHours.parse("11:00-07:00", none, LOCAL)).hasMessageContaining("not before");
    }

    private static Instant local(String dateTime) {
        return LocalDateTime.parse(dateTime).atZone(LOCAL).toInstant();
    }
}
