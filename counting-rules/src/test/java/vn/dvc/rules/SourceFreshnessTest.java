package vn.dvc.rules;

import vn.dvc.rules.time.WorkingCalendar;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SourceFreshnessTest {

    /** Friday 10 June 2022; 2 September (a Friday) is National Day. */
    private static final LocalDate FRIDAY = LocalDate.of(2022, 6, 10);
    private static final WorkingCalendar CALENDAR = new WorkingCalendar(Set.of(LocalDate.of(2022, 9, 2)));

    /** Four events on every working day of the four weeks up to {@code last}. */
    private static Map<LocalDate, Long> sendingEveryWorkingDayUpTo(LocalDate last) {
        Map<LocalDate, Long> days = new HashMap<>();
        CALENDAR.workingDaysUpTo(last, 20).forEach(day -> days.put(day, 4L));
        return days;
    }

    @Test
    void aWeekendIsNotSilenceButThreeWorkingDaysAre() {
        Map<LocalDate, Long> days = sendingEveryWorkingDayUpTo(FRIDAY);

        SourceFreshness.Figures monday = SourceFreshness.of(days, FRIDAY, FRIDAY.plusDays(3), CALENDAR, 2);
        SourceFreshness.Figures tuesday = SourceFreshness.of(days, FRIDAY, FRIDAY.plusDays(4), CALENDAR, 2);
        SourceFreshness.Figures thursday = SourceFreshness.of(days, FRIDAY, FRIDAY.plusDays(6), CALENDAR, 2);

        assertThat(monday.silentWorkingDays()).isZero();
        assertThat(monday.quiet()).isFalse();
        assertThat(tuesday.silentWorkingDays()).isEqualTo(1);
        assertThat(tuesday.quiet()).isFalse();
        assertThat(thursday.silentWorkingDays()).isEqualTo(3);
        assertThat(thursday.quiet()).isTrue();
        assertThat(thursday.usualPerWorkingDay()).isEqualTo(4);
    }

    @Test
    void anOfficialHolidayIsNotSilence() {
        LocalDate thursday = LocalDate.of(2022, 9, 1);
        Map<LocalDate, Long> days = sendingEveryWorkingDayUpTo(thursday);

        SourceFreshness.Figures tuesdayAfter = SourceFreshness.of(days, thursday, LocalDate.of(2022, 9, 6), CALENDAR, 2);

        assertThat(tuesdayAfter.silentWorkingDays()).as("Friday 2/9 is a holiday; Monday 5/9 passed").isEqualTo(1);
        assertThat(tuesdayAfter.quiet()).isFalse();
    }

    @Test
    void aUnitThatSendsOnFewerThanHalfItsWorkingDaysDoesNotUsuallySendSoIsNeverQuiet() {
        Map<LocalDate, Long> days = new HashMap<>();
        CALENDAR.workingDaysUpTo(FRIDAY, 20).stream().limit(9).forEach(day -> days.put(day, 7L));

        SourceFreshness.Figures later = SourceFreshness.of(days, FRIDAY, FRIDAY.plusDays(20), CALENDAR, 2);

        assertThat(later.usualPerWorkingDay()).isZero();
        assertThat(later.silentWorkingDays()).as("13 June … 29 June").isEqualTo(13);
        assertThat(later.quiet()).isFalse();
    }

    @Test
    void windowsCountEventsByTheirDayAndDivideByTheWorkingDaysInThem() {
        Map<LocalDate, Long> days = sendingEveryWorkingDayUpTo(FRIDAY);
        days.put(FRIDAY.plusDays(1), 6L);

        SourceFreshness.Figures figures = SourceFreshness.of(days, FRIDAY.plusDays(1), FRIDAY.plusDays(1), CALENDAR, 2);

        assertThat(figures.last7Days().events()).as("Sun 5 … Sat 11 June: five working days of 4, and 6 on Saturday")
                .isEqualTo(26);
        assertThat(figures.last7Days().workingDays()).isEqualTo(5);
        assertThat(figures.last7Days().perWorkingDay()).isEqualTo(5.2);
        assertThat(figures.last30Days().events()).isEqualTo(20 * 4 + 6);
        assertThat(figures.last30Days().workingDays()).as("Fri 13 May … Sat 11 June").isEqualTo(21);
        assertThat(figures.silentWorkingDays()).isZero();
    }

    @Test
    void aUnitThatNeverSentHasNoSilenceAndIsNotQuiet() {
        SourceFreshness.Figures figures = SourceFreshness.of(Map.of(), null, FRIDAY, CALENDAR, 2);

        assertThat(figures.silentWorkingDays()).isNull();
        assertThat(figures.quiet()).isFalse();
        assertThat(figures.last30Days().events()).isZero();
    }
}
