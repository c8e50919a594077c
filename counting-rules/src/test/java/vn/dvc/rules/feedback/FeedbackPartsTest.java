package vn.dvc.rules.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.dvc.contracts.quality.FeedbackStep;
import vn.dvc.rules.FeedbackOnTime;
import vn.dvc.rules.FeedbackSatisfaction;
import vn.dvc.rules.IndicatorValue;
import vn.dvc.rules.Ratio;
import vn.dvc.rules.Sums;
import vn.dvc.rules.feedback.FeedbackItem.Step;
import vn.dvc.rules.time.PortalTime;
import vn.dvc.rules.time.WorkingCalendar;

class FeedbackPartsTest {

    /** 2 September 2022 (Friday) is a holiday. */
    private static final WorkingCalendar CALENDAR = new WorkingCalendar(Set.of(LocalDate.of(2022, 9, 2)));
    private static final LocalDate SEPTEMBER = LocalDate.of(2022, 9, 1);
    private static final LocalDate OCTOBER = LocalDate.of(2022, 10, 1);

    private static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(PortalTime.LOCAL_ZONE).toInstant();
    }

    private static FeedbackItem item(String received, Step... steps) {
        return new FeedbackItem("f", "H10", at(received), List.of(steps), 0, 0, false, null);
    }

    private static Step step(FeedbackStep kind, String at) {
        return new Step(kind, at(at), kind == FeedbackStep.TRANSFERRED ? "H11" : null);
    }

    @Test
    void fifteenWorkingDaysFromReceiptSkipWeekendsAndHolidaysAndTheLastDayIsInTime() {
        // received Thu 1 Sep; Fri 2 is a holiday: the 15th working day is Fri 23 Sep
        assertThat(CALENDAR.plusWorkingDays(SEPTEMBER, 15)).isEqualTo(LocalDate.of(2022, 9, 23));
        assertThat(FeedbackTimeliness.inTime(item("2022-09-01T09:00", step(FeedbackStep.HANDLED, "2022-09-23T16:00")),
                LocalDate.of(2022, 9, 30), CALENDAR)).isTrue();
        assertThat(FeedbackTimeliness.inTime(item("2022-09-01T09:00", step(FeedbackStep.HANDLED, "2022-09-26T08:00")),
                LocalDate.of(2022, 9, 30), CALENDAR)).isFalse();
    }

    @Test
    void theClockStartsAgainAtTheLatestTransferAndTheItemIsThenTheNewUnits() {
        FeedbackItem transferredTwice = item("2022-09-01T09:00", step(FeedbackStep.TRANSFERRED, "2022-09-05T09:00"),
                new Step(FeedbackStep.TRANSFERRED, at("2022-09-12T09:00"), "H12"), step(FeedbackStep.HANDLED, "2022-09-30T09:00"));

        // 15 working days from Mon 12 Sep: Mon 3 Oct
        assertThat(transferredTwice.unitInRemit()).isEqualTo("H12");
        assertThat(FeedbackTimeliness.inTime(transferredTwice, LocalDate.of(2022, 9, 30), CALENDAR)).isTrue();
    }

    @Test
    void aRefusalHasTwoWorkingDaysAFirstSupplementRequestFiveAndAPublicationTwoAfterTheAnswer() {
        LocalDate end = LocalDate.of(2022, 9, 30);
        assertThat(FeedbackTimeliness.inTime(item("2022-09-01T09:00", step(FeedbackStep.REFUSED, "2022-09-07T09:00")), end, CALENDAR))
                .as("Tue 6 is the 2nd working day").isFalse();
        assertThat(FeedbackTimeliness.inTime(item("2022-09-01T09:00", step(FeedbackStep.REFUSED, "2022-09-06T09:00")), end, CALENDAR)).isTrue();
        assertThat(FeedbackTimeliness.inTime(item("2022-09-01T09:00", step(FeedbackStep.SUPPLEMENT_REQUESTED, "2022-09-12T09:00"),
                step(FeedbackStep.HANDLED, "2022-09-13T09:00")), end, CALENDAR)).as("Fri 9 is the 5th working day").isFalse();
        assertThat(FeedbackTimeliness.inTime(item("2022-09-01T09:00", step(FeedbackStep.SUPPLEMENT_REQUESTED, "2022-09-09T09:00"),
                step(FeedbackStep.HANDLED, "2022-09-13T09:00")), end, CALENDAR)).isTrue();
        assertThat(FeedbackTimeliness.inTime(item("2022-09-01T09:00", step(FeedbackStep.HANDLED, "2022-09-12T09:00"),
                step(FeedbackStep.PUBLISHED, "2022-09-15T09:00")), end, CALENDAR)).as("Wed 14 is the 2nd after Mon 12").isFalse();
        assertThat(FeedbackTimeliness.inTime(item("2022-09-01T09:00", step(FeedbackStep.HANDLED, "2022-09-12T09:00"),
                step(FeedbackStep.PUBLISHED, "2022-09-14T09:00")), end, CALENDAR)).isTrue();
    }

    @Test
    void anOpenItemIsInTimeUntilItsFifteenthWorkingDayHasPassed() {
        FeedbackItem open = item("2022-09-01T09:00");
        assertThat(FeedbackTimeliness.inTime(open, LocalDate.of(2022, 9, 23), CALENDAR)).isTrue();
        assertThat(FeedbackTimeliness.inTime(open, LocalDate.of(2022, 9, 26), CALENDAR)).isFalse();
        assertThat(FeedbackTimeliness.inTime(item("2022-09-01T09:00", step(FeedbackStep.HANDLED, "2022-10-20T09:00")),
                LocalDate.of(2022, 9, 20), CALENDAR)).as("answered only after the day asked about: open then").isTrue();
    }

    @Test
    void thePartsCountTheItemsFirstReceivedInThePeriodEachTakenAwayOnce() {
        List<FeedbackItem> items = List.of(
                item("2022-09-01T09:00", step(FeedbackStep.HANDLED, "2022-09-10T09:00")),
                new FeedbackItem("liked-less", "H10", at("2022-09-05T09:00"), List.of(step(FeedbackStep.HANDLED, "2022-09-10T09:00")),
                        1, 3, false, null),
                new FeedbackItem("late-and-re-raised", "H10", at("2022-09-05T09:00"),
                        List.of(step(FeedbackStep.HANDLED, "2022-10-25T09:00")), 0, 2, true, null),
                new FeedbackItem("re-raised", "H10", at("2022-09-06T09:00"), List.of(step(FeedbackStep.HANDLED, "2022-09-07T09:00")),
                        5, 0, true, null),
                item("2022-08-31T09:00"),
                item("2022-10-01T09:00"));

        Ratio onTime = FeedbackParts.onTime(items, SEPTEMBER, OCTOBER, CALENDAR);
        Ratio satisfaction = FeedbackParts.satisfaction(items, SEPTEMBER, OCTOBER, CALENDAR);

        assertThat(List.of(onTime.numerator(), onTime.denominator())).containsExactly(3L, 4L);
        assertThat(List.of(satisfaction.numerator(), satisfaction.denominator())).containsExactly(1L, 4L);
        assertThat(FeedbackParts.onTime(List.of(), SEPTEMBER, OCTOBER, CALENDAR).denominator()).isZero();
    }

    @Test
    void theCataloguesTwoFeedbackIndicatorsAreTheTwoPartsRatiosOfTheItemsReceivedInThePeriod() {
        FeedbackItem inTime = item("2022-09-01T09:00", step(FeedbackStep.HANDLED, "2022-09-05T09:00"));
        FeedbackItem late = item("2022-09-01T09:00", step(FeedbackStep.HANDLED, "2022-09-26T09:00"));
        FeedbackItem disliked = new FeedbackItem("d", "H10", at("2022-09-20T09:00"), List.of(), 1, 2, false, null);
        FeedbackItem august = item("2022-08-31T09:00");
        Sums sums = new Sums(Map.of(), Map.of()).withFeedback(FeedbackCounts.of(List.of(inTime, late, disliked, august),
                SEPTEMBER, OCTOBER, CALENDAR));

        IndicatorValue onTime = IndicatorValue.of(new FeedbackOnTime(), new FeedbackOnTime().compute(sums), null);
        IndicatorValue satisfaction = IndicatorValue.of(new FeedbackSatisfaction(), new FeedbackSatisfaction().compute(sums), null);

        assertThat(List.of(onTime.numerator(), onTime.denominator())).as("the disliked one is still open in time").containsExactly(2L, 3L);
        assertThat(List.of(satisfaction.numerator(), satisfaction.denominator())).containsExactly(1L, 3L);
        assertThat(new FeedbackOnTime().compute(new Sums(Map.of(), Map.of())).ratio().denominator()).isZero();
    }
}
