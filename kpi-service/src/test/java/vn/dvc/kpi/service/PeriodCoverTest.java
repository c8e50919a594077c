package vn.dvc.kpi.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dvc.kpi.service.PeriodCover.Bucket;
import vn.dvc.kpi.service.PeriodCover.Grain;
import vn.dvc.kpi.service.PeriodCover.Run;

class PeriodCoverTest {

    private static long count(List<Bucket> buckets, Grain grain) {
        return buckets.stream().filter(bucket -> bucket.grain() == grain).count();
    }

    @Test
    void thePlansReportingPeriodIsDaysThenMonthsThenDays() {
        List<Bucket> cover = PeriodCover.of(LocalDate.of(2021, 12, 15), LocalDate.of(2022, 5, 16));

        assertThat(count(cover, Grain.DAY)).isEqualTo(17 + 15);
        assertThat(count(cover, Grain.MONTH)).isEqualTo(4);
        assertThat(cover.get(0)).isEqualTo(new Bucket(Grain.DAY, LocalDate.of(2021, 12, 15)));
        assertThat(cover.get(17)).isEqualTo(new Bucket(Grain.MONTH, LocalDate.of(2022, 1, 1)));
    }

    @Test
    void everythingBeforeAnEndIsAtMostThreeRanges() {
        List<Bucket> cover = PeriodCover.of(LocalDate.of(2000, 1, 1), LocalDate.of(2022, 5, 16));

        assertThat(count(cover, Grain.MONTH)).isEqualTo(22 * 12 + 4);
        assertThat(count(cover, Grain.DAY)).isEqualTo(15);
        assertThat(PeriodCover.runs(LocalDate.of(2000, 1, 1), LocalDate.of(2022, 5, 16))).containsExactly(
                new Run(Grain.MONTH, LocalDate.of(2000, 1, 1), LocalDate.of(2022, 4, 1)),
                new Run(Grain.DAY, LocalDate.of(2022, 5, 1), LocalDate.of(2022, 5, 15)));
    }

    @Test
    void aPeriodOfPartMonthsIsLeadingDaysMonthsTrailingDays() {
        assertThat(PeriodCover.runs(LocalDate.of(2021, 12, 15), LocalDate.of(2022, 5, 16))).containsExactly(
                new Run(Grain.DAY, LocalDate.of(2021, 12, 15), LocalDate.of(2021, 12, 31)),
                new Run(Grain.MONTH, LocalDate.of(2022, 1, 1), LocalDate.of(2022, 4, 1)),
                new Run(Grain.DAY, LocalDate.of(2022, 5, 1), LocalDate.of(2022, 5, 15)));
        assertThat(PeriodCover.condition("x.", PeriodCover.runs(LocalDate.of(2022, 1, 1), LocalDate.of(2023, 1, 1))))
                .isEqualTo("((x.grain = ? AND x.period_start BETWEEN ? AND ?))");
        assertThat(PeriodCover.condition("", List.of())).isEqualTo("FALSE");
    }

    @Test
    void eachDayCountsInItsDayAndMonthAndEmptyPeriodsHaveNoBucket() {
        assertThat(PeriodCover.containing(LocalDate.of(2022, 6, 30))).containsExactly(
                new Bucket(Grain.DAY, LocalDate.of(2022, 6, 30)), new Bucket(Grain.MONTH, LocalDate.of(2022, 6, 1)));
        assertThat(PeriodCover.of(LocalDate.of(2022, 6, 1), LocalDate.of(2022, 6, 1))).isEmpty();
        assertThat(PeriodCover.runs(LocalDate.of(2022, 6, 1), LocalDate.of(2022, 6, 1))).isEmpty();
    }
}
