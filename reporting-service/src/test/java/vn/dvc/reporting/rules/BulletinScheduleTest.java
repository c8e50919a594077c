package vn.dvc.reporting.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The bulletin's slots in local time (+07:00), checked against a test clock: every 2 days at 16:00 from 2022-06-01. */
class BulletinScheduleTest {

    private final BulletinSchedule schedule = new BulletinSchedule(LocalDate.of(2022, 6, 1), LocalTime.of(16, 0), 2);

    @Test
    void slotsFallAt16LocalEveryOtherDay() {
        assertThat(schedule.latestSlot(local(2022, 6, 1, 15, 59))).isEmpty();
        assertThat(schedule.latestSlot(local(2022, 6, 1, 16, 0))).contains(local(2022, 6, 1, 16, 0));
        assertThat(schedule.latestSlot(local(2022, 6, 2, 23, 0))).contains(local(2022, 6, 1, 16, 0));
        assertThat(schedule.latestSlot(local(2022, 6, 3, 15, 59))).contains(local(2022, 6, 1, 16, 0));
        assertThat(schedule.latestSlot(local(2022, 6, 3, 16, 0))).contains(local(2022, 6, 3, 16, 0));
        assertThat(schedule.nextSlot(local(2022, 6, 3, 16, 0))).isEqualTo(local(2022, 6, 5, 16, 0));
        assertThat(schedule.nextSlot(local(2022, 5, 20, 8, 0))).isEqualTo(local(2022, 6, 1, 16, 0));
    }

    @Test
    void theLocalDayDecidesNotTheUtcDay() {
        // 2022-06-03 00:30 local is still 2022-06-02 in UTC: the latest slot is 06-01 16:00, the next 06-03 16:00
        Instant halfPastMidnight = local(2022, 6, 3, 0, 30);
        assertThat(halfPastMidnight.atZone(ZoneOffset.UTC).getDayOfMonth()).isEqualTo(2);
        assertThat(schedule.latestSlot(halfPastMidnight)).contains(local(2022, 6, 1, 16, 0));
        assertThat(schedule.nextSlot(halfPastMidnight)).isEqualTo(local(2022, 6, 3, 16, 0));
    }

    @Test
    void aMissedSlotIsMadeOnceAndOfSeveralOnlyTheLatest() {
        Instant sixPm = local(2022, 6, 3, 18, 0);
        assertThat(schedule.due(sixPm, Optional.of(local(2022, 6, 1, 16, 0)))).as("down at 16:00, up at 18:00")
                .contains(local(2022, 6, 3, 16, 0));
        assertThat(schedule.due(sixPm, Optional.of(local(2022, 6, 3, 16, 0)))).as("made already").isEmpty();
        assertThat(schedule.due(local(2022, 6, 9, 17, 0), Optional.of(local(2022, 6, 1, 16, 0)))).as("down for days")
                .contains(local(2022, 6, 9, 16, 0));
        assertThat(schedule.due(local(2022, 6, 4, 10, 0), Optional.empty())).contains(local(2022, 6, 3, 16, 0));
        assertThat(schedule.due(local(2022, 5, 31, 17, 0), Optional.empty())).as("before the first slot").isEmpty();
    }

    @Test
    void theBulletinMustBeDueBefore17() {
        assertThatThrownBy(() -> new BulletinSchedule(LocalDate.of(2022, 6, 1), LocalTime.of(17, 0), 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before 17:00");
        assertThatThrownBy(() -> new BulletinSchedule(LocalDate.of(2022, 6, 1), LocalTime.of(9, 0), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Instant local(int year, int month, int day, int hour, int minute) {
        return OffsetDateTime.of(year, month, day, hour, minute, 0, 0, ZoneOffset.ofHours(7)).toInstant();
    }
}
