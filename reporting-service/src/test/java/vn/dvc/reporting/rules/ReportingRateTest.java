package vn.dvc.reporting.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportingRateTest {

    private static final Instant DEADLINE = Instant.parse("2022-04-15T17:00:00Z");

    @Test
    void theSeedsGrisQuarterGivesItsThreeRates() {
        assertThat(rateOf(75, 111).completion().percent()).isEqualByComparingTo("67.57");
        assertThat(rateOf(107, 111).completion().percent()).isEqualByComparingTo("96.40");
        assertThat(rateOf(111, 111).completion().percent()).isEqualByComparingTo("100.00");
    }

    @Test
    void onTimeIncludesTheDeadlineItselfAndOnlineCountsOnlySubmittedOnlineReports() {
        List<ReportState> reports = List.of(
                new ReportState(DEADLINE, DEADLINE, "ONLINE"),
                new ReportState(DEADLINE, DEADLINE.plusSeconds(1), "ONLINE"),
                new ReportState(DEADLINE, DEADLINE.minusSeconds(3600), "PAPER"),
                new ReportState(DEADLINE, null, null));
        ReportingRate rate = ReportingRate.of(reports);
        assertThat(rate).isEqualTo(new ReportingRate(4, 3, 2, 2));
        assertThat(rate.timeliness().percent()).isEqualByComparingTo(new BigDecimal("50.00"));
        assertThat(rate.onlineShare().percent()).isEqualByComparingTo(new BigDecimal("50.00"));
        assertThat(rate.plus(rate)).isEqualTo(new ReportingRate(8, 6, 4, 4));
    }

    @Test
    void nothingExpectedHasNoPercent() {
        assertThat(ReportingRate.NONE.completion().percent()).isNull();
    }

    private static ReportingRate rateOf(int submitted, int expected) {
        List<ReportState> reports = new ArrayList<>();
        for (int i = 0; i < expected; i++) {
            reports.add(new ReportState(DEADLINE, i < submitted ? DEADLINE.minusSeconds(60) : null, "ONLINE"));
        }
        return ReportingRate.of(reports);
    }
}
