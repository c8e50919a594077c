package vn.dvc.kpi.emc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PushRulesTest {

    private static final PushBackoff BACKOFF = new PushBackoff(Duration.ofSeconds(30), Duration.ofHours(1));

    @Test
    void theWaitDoublesEachAttemptUpToTheMostWithHalfOfItRandom() {
        assertThat(BACKOFF.after(1, () -> 0.0)).isEqualTo(Duration.ofSeconds(15));
        assertThat(BACKOFF.after(1, () -> 1.0)).isEqualTo(Duration.ofSeconds(30));
        assertThat(BACKOFF.after(3, () -> 1.0)).as("30 s × 2 × 2").isEqualTo(Duration.ofMinutes(2));
        assertThat(BACKOFF.after(3, () -> 0.5)).isEqualTo(Duration.ofSeconds(90));
        assertThat(BACKOFF.after(20, () -> 1.0)).isEqualTo(Duration.ofHours(1));
        assertThat(BACKOFF.after(20, () -> 0.0)).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void aDayOfRefusalsIsAboutThirtyAttempts() {
        Duration waited = Duration.ZERO;
        int attempts = 0;
        while (waited.compareTo(Duration.ofDays(1)) < 0) {
            waited = waited.plus(BACKOFF.after(++attempts, () -> 1.0));
        }
        assertThat(attempts).isBetween(25, 35);
    }

    @Test
    void theLatestSlotIsTodaysAtSixLocalOnceItHasPassedElseYesterdays() {
        PushSchedule schedule = new PushSchedule(LocalTime.of(6, 0), List.of("month-to-date"));

        assertThat(schedule.latestSlot(Instant.parse("2022-06-14T23:30:00Z"))).as("06:30 local on the 15th")
                .isEqualTo(Instant.parse("2022-06-14T23:00:00Z"));
        assertThat(schedule.latestSlot(Instant.parse("2022-06-14T22:59:59Z"))).as("05:59:59 local on the 15th")
                .isEqualTo(Instant.parse("2022-06-13T23:00:00Z"));
    }

    @Test
    void periodsAreReadFromTheDayBeforeTheSlotWhoseFiguresAreComplete() {
        PushSchedule schedule = new PushSchedule(LocalTime.of(6, 0),
                List.of("month-to-date", "previous-month", "year-to-date"));
        Instant firstOfJuly = Instant.parse("2022-06-30T23:00:00Z");
        Instant fifteenthOfJune = Instant.parse("2022-06-14T23:00:00Z");

        assertThat(schedule.periodsOf(firstOfJuly)).containsExactly(
                new PushSchedule.Period(LocalDate.of(2022, 6, 1), LocalDate.of(2022, 7, 1)),
                new PushSchedule.Period(LocalDate.of(2022, 5, 1), LocalDate.of(2022, 6, 1)),
                new PushSchedule.Period(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 7, 1)));
        assertThat(schedule.periodsOf(fifteenthOfJune).get(0))
                .isEqualTo(new PushSchedule.Period(LocalDate.of(2022, 6, 1), LocalDate.of(2022, 6, 15)));
        assertThatThrownBy(() -> new PushSchedule(LocalTime.of(6, 0), List.of("last-week")))
                .hasMessageContaining("last-week");
    }

    @Test
    void configuredFieldNamesRenameAtEveryDepthAndTheOthersStay() throws Exception {
        ObjectMapper json = new ObjectMapper();
        FieldNames names = new FieldNames(Map.of("unitCode", "MaDonVi", "numerator", "TuSo"));

        String renamed = json.writeValueAsString(names.apply(json.readTree(
                "{\"unitCode\":\"H10\",\"from\":\"2022-06-01\",\"rows\":[{\"unitCode\":\"H10\",\"numerator\":3,\"percent\":50.0}]}")));

        assertThat(renamed).isEqualTo(
                "{\"MaDonVi\":\"H10\",\"from\":\"2022-06-01\",\"rows\":[{\"MaDonVi\":\"H10\",\"TuSo\":3,\"percent\":50.0}]}");
    }
}
