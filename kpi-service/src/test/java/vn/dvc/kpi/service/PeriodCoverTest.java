package vn.dvc.kpi.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dvc.kpi.service.PeriodCover.Bucket;
import vn.dvc.kpi.service.PeriodCover.Grain;

class PeriodCoverTest {

    private static long count(List<Bucket> buckets, Grain grain) {
        return buckets.stream().filter(bucket -> bucket.grain() == grain).count();
    }

    @Test
    void thePlansReportingPeriodIsDaysThenMonthsThenDays() {
        List<Bucket> cover = PeriodCover.of(LocalDate.of(2021, 12, 15), LocalDate.of(2022, 5, 16));

        assertThat(count(cover, Grain.DAY)).isEqualTo(17 + 15);
        assertThat(count(cover, Grain.MONTH)).isEqualTo(4);
        assertThat(count(cover, Grain.YEAR)).isZero();
        assertThat(cover.get(0)).isEqualTo(new Bucket(Grain.DAY, LocalDate.of(2021, 12, 15)));
        assertThat(cover.get(17)).isEqualTo(new Bucket(Grain.MONTH, LocalDate.of(2022, 1, 1)));
    }

    @Test
    void everythingBeforeAnEndIsAFewDozenBuckets() {
        List<Bucket> cover = PeriodCover.of(LocalDate.of(2000, 1, 1), LocalDate.of(2022, 5, 16));

        assertThat(count(cover, Grain.YEAR)).isEqualTo(22);
        assertThat(count(cover, Grain.MONTH)).isEqualTo(4);
        assertThat(count(cover, Grain.DAY)).isEqualTo(15);
    }

    @Test
    void eachDayCountsInItsDayMonthAndYearAndEmptyPeriodsHaveNoBucket() {
        assertThat(PeriodCover.containing(LocalDate.of(2022, 6, 30))).containsExactly(
                new Bucket(Grain.DAY, LocalDate.of(2022, 6, 30)), new Bucket(Grain.MONTH, LocalDate.of(2022, 6, 1)),
                new Bucket(Grain.YEAR, LocalDate.of(2022, 1, 1)));
        assertThat(PeriodCover.of(LocalDate.of(2022, 6, 1), LocalDate.of(2022, 6, 1))).isEmpty();
    }
}
