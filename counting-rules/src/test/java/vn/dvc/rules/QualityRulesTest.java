package vn.dvc.rules;

import vn.dvc.rules.time.WorkingCalendar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QualityRulesTest {

    private static final WorkingCalendar CALENDAR = new WorkingCalendar(Set.of());
    private static final LocalDate JUNE = LocalDate.of(2022, 6, 1);
    private static final LocalDate JULY = LocalDate.of(2022, 7, 1);

    @Test
    void theModifiedZScoreIsReadFromTheMedianAndTheMedianAbsoluteDeviation() {
        double[] values = {10, 12, 9, 11, 10, 50};
        ModifiedZScore.Spread spread = ModifiedZScore.spreadOf(values);

        assertThat(spread.median()).isEqualTo(10.5);
        assertThat(spread.mad()).as("deviations 0.5 1.5 1.5 0.5 0.5 39.5").isEqualTo(1.0);
        assertThat(ModifiedZScore.of(50, spread)).isCloseTo(0.6745 * 39.5, within(1e-9));
        assertThat(ModifiedZScore.of(11, spread)).isCloseTo(0.6745 * 0.5, within(1e-9));
    }

    @Test
    void whenMostValuesAreEqualTheMeanAbsoluteDeviationStandsInAndAllEqualIsNeverAnOutlier() {
        ModifiedZScore.Spread mostlyFive = ModifiedZScore.spreadOf(new double[] {5, 5, 5, 5, 5, 25});
        ModifiedZScore.Spread allFive = ModifiedZScore.spreadOf(new double[] {5, 5, 5, 5});

        assertThat(mostlyFive.mad()).isZero();
        assertThat(ModifiedZScore.of(25, mostlyFive)).isCloseTo(20 / (1.253314 * 20 / 6.0), within(1e-9));
        assertThat(ModifiedZScore.of(5, allFive)).isZero();
    }

    /** Receipts on every working day of May and June 2022: 20, 22, 18, 21, 19, … repeating. */
    private static Map<LocalDate, Long> usualIntake() {
        Map<LocalDate, Long> days = new HashMap<>();
        long[] pattern = {20, 22, 18, 21, 19};
        int i = 0;
        for (LocalDate day = LocalDate.of(2022, 5, 1); day.isBefore(JULY); day = day.plusDays(1)) {
            if (CALENDAR.isWorkingDay(day)) {
                days.put(day, pattern[i++ % pattern.length]);
            }
        }
        return days;
    }

    @Test
    void aUsualMonthHasNoIntakeOutlier() {
        assertThat(IntakeOutliers.of(usualIntake(), JUNE, JULY, CALENDAR)).isEmpty();
    }

    @Test
    void aDayFarAboveOrBelowTheUsualIsAnOutlierAndADayBeforeThePeriodIsNotFlagged() {
        Map<LocalDate, Long> days = usualIntake();
        days.put(LocalDate.of(2022, 6, 15), 240L);
        days.put(LocalDate.of(2022, 6, 20), 0L);
        days.put(LocalDate.of(2022, 5, 20), 300L);

        List<IntakeOutliers.Outlier> outliers = IntakeOutliers.of(days, JUNE, JULY, CALENDAR);

        assertThat(outliers).extracting(IntakeOutliers.Outlier::day)
                .containsExactly(LocalDate.of(2022, 6, 15), LocalDate.of(2022, 6, 20));
        assertThat(outliers.get(0).receipts()).isEqualTo(240);
        assertThat(outliers.get(0).score()).isGreaterThan(ModifiedZScore.OUTLIER_ABOVE);
        assertThat(outliers.get(1).score()).isLessThan(-ModifiedZScore.OUTLIER_ABOVE);
    }

    @Test
    void aShareMovingMoreThanThirtyPointsBetweenWeeksOfEnoughDossiersIsAJump() {
        LocalDate monday = LocalDate.of(2022, 6, 6);
        List<ShareJumps.Week> weeks = List.of(
                new ShareJumps.Week(monday, 40, 100),
                new ShareJumps.Week(monday.plusWeeks(1), 70, 100),
                new ShareJumps.Week(monday.plusWeeks(2), 30, 100),
                new ShareJumps.Week(monday.plusWeeks(3), 9, 9),
                new ShareJumps.Week(monday.plusWeeks(4), 0, 50));

        List<ShareJumps.Jump> jumps = ShareJumps.of(weeks, 10);

        assertThat(jumps).as("+30 is not more than 30; −40 is; a week of 9 dossiers is not judged")
                .extracting(jump -> jump.week().monday()).containsExactly(monday.plusWeeks(2));
        assertThat(jumps.get(0).points()).isEqualTo(-40);
        assertThat(jumps.get(0).before().percent()).isEqualTo(70);
    }
}
