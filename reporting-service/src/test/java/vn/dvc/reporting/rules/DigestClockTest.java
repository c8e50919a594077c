package vn.dvc.reporting.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.dvc.rules.time.OfficeHours;
import vn.dvc.rules.time.PortalTime;
import vn.dvc.rules.time.WorkingCalendar;

class DigestClockTest {

    /** 2026-04-30 and 2026-05-01 are holidays (Thursday, Friday). */
    private final DigestClock clock = new DigestClock(OfficeHours.parse("07:00-11:30,13:30-17:00",
            new WorkingCalendar(Set.of(LocalDate.parse("2026-04-30"), LocalDate.parse("2026-05-01"))), PortalTime.LOCAL_ZONE));
    private final LocalTime half7 = LocalTime.of(7, 30);

    @Test
    void theDigestIsDueOnAWorkingDayFromItsLocalTimeOn() {
        assertThat(clock.digestDue(half7, Instant.parse("2026-04-28T00:29:00Z"))).as("07:29 local").isEmpty();
        assertThat(clock.digestDue(half7, Instant.parse("2026-04-28T00:30:00Z"))).contains(LocalDate.parse("2026-04-28"));
        assertThat(clock.digestDue(half7, Instant.parse("2026-04-28T16:59:00Z"))).as("23:59 local, still that day")
                .contains(LocalDate.parse("2026-04-28"));
    }

    @Test
    void noDigestOnWeekendsAndHolidays() {
        assertThat(clock.digestDue(half7, Instant.parse("2026-04-30T03:00:00Z"))).as("a holiday").isEmpty();
        assertThat(clock.digestDue(half7, Instant.parse("2026-05-02T03:00:00Z"))).as("a Saturday").isEmpty();
    }

    @Test
    void nearDueRunsToTheEndOfTheNextWorkingDay() {
        Instant wednesdayNoon = Instant.parse("2026-04-29T05:00:00Z");
        assertThat(clock.nextWorkingDay(wednesdayNoon)).as("over the holidays and the weekend")
                .isEqualTo(LocalDate.parse("2026-05-04"));
        assertThat(clock.nearDueWindow(wednesdayNoon)).as("to Monday 24:00 local")
                .isEqualTo(Duration.ofHours(12).plusDays(5));
        assertThat(clock.nearDueWindow(Instant.parse("2026-04-27T05:00:00Z"))).as("Monday noon to Tuesday 24:00")
                .isEqualTo(Duration.ofHours(36));
    }

    @Test
    void urgentIsWithinFourOfficeHoursOverTheNightAndTheHolidays() {
        Instant wednesday1600 = Instant.parse("2026-04-29T09:00:00Z");
        assertThat(clock.urgentWindow(wednesday1600)).as("one hour left that day, Thursday to Sunday off, Monday to 10:00")
                .isEqualTo(Duration.ofDays(4).plusHours(18));
        Instant tuesday0800 = Instant.parse("2026-04-28T01:00:00Z");
        assertThat(clock.urgentWindow(tuesday0800)).as("3.5 hours to the break, then to 14:00").isEqualTo(Duration.ofHours(6));
    }
}
