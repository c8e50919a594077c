package vn.dvc.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.dvc.contracts.report.ReportObligationChanged;

/** Counting rules v1, "Reports": expected on the deadline's local day; on time means by the deadline. */
class ReportFactTest {

    // 2022-04-15 17:00 in Ho Chi Minh City.
    private static final Instant DEADLINE = Instant.parse("2022-04-15T10:00:00Z");

    private static ReportObligationChanged obligation(Instant submittedAt, String channel, boolean expected) {
        return new ReportObligationChanged("e", Instant.now(), "GRIS-II.01b/X1/2022-Q1", 2, "II.01b", "GRIS", "X1",
                "2022-Q1", DEADLINE, submittedAt, channel, expected);
    }

    @Test
    void aReportSubmittedAtTheDeadlineIsOnTimeAndOneSecondLaterIsNot() {
        ReportFact atDeadline = ReportFact.of(obligation(DEADLINE, "ONLINE", true));
        ReportFact late = ReportFact.of(obligation(DEADLINE.plusSeconds(1), "PAPER", true));

        assertThat(atDeadline.deadlineDay()).isEqualTo(LocalDate.of(2022, 4, 15));
        assertThat(atDeadline.onTime()).isTrue();
        assertThat(atDeadline.online()).isTrue();
        assertThat(late.onTime()).isFalse();
        assertThat(late.online()).isFalse();
        assertThat(late.submitted()).isTrue();
    }

    @Test
    void anUnsubmittedReportIsExpectedOnlyAndAWithdrawnOneCountsNothing() {
        LocalDate day = LocalDate.of(2022, 4, 15);

        assertThat(ReportContributions.of(ReportFact.of(obligation(null, null, true))))
                .containsExactly(new Contribution("X1", Measure.REPORTS_EXPECTED, day, 1));
        assertThat(ReportContributions.of(ReportFact.of(obligation(DEADLINE, "ONLINE", false)))).isEmpty();
        assertThat(ReportContributions.of(ReportFact.of(obligation(DEADLINE, "ONLINE", true)))).hasSize(4);
    }
}
