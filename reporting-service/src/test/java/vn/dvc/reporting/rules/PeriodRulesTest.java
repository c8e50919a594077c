package vn.dvc.reporting.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.dvc.reporting.rules.ReportForm.Assignment;
import vn.dvc.reporting.rules.ReportForm.FormIndicator;

class PeriodRulesTest {

    private static final LocalDate ANCHOR = LocalDate.of(2022, 6, 1);
    private static final ZoneOffset LOCAL = ZoneOffset.ofHours(7);

    @Test
    void instancesAreNamedAndBoundedByTheirFrequency() {
        assertThat(Frequency.QUARTERLY.containing(LocalDate.of(2022, 3, 31), ANCHOR))
                .isEqualTo(new PeriodInstance("2022-Q1", LocalDate.of(2022, 1, 1), LocalDate.of(2022, 4, 1)));
        assertThat(Frequency.MONTHLY.containing(LocalDate.of(2022, 2, 28), ANCHOR))
                .isEqualTo(new PeriodInstance("2022-02", LocalDate.of(2022, 2, 1), LocalDate.of(2022, 3, 1)));
        assertThat(Frequency.DAILY.containing(ANCHOR, ANCHOR).end()).isEqualTo(LocalDate.of(2022, 6, 2));
        assertThat(Frequency.EVERY_2_DAYS.containing(LocalDate.of(2022, 6, 4), ANCHOR))
                .isEqualTo(new PeriodInstance("2022-06-03", LocalDate.of(2022, 6, 3), LocalDate.of(2022, 6, 5)));
        assertThat(Frequency.EVERY_2_DAYS.containing(LocalDate.of(2022, 5, 31), ANCHOR).start()).isEqualTo(LocalDate.of(2022, 5, 30));
    }

    @Test
    void onlyTheNamesAFrequencyGivesAreItsPeriods() {
        assertThat(Frequency.QUARTERLY.parse("2022-Q4", ANCHOR)).map(PeriodInstance::start).contains(LocalDate.of(2022, 10, 1));
        assertThat(Frequency.QUARTERLY.parse("2022-Q5", ANCHOR)).isEmpty();
        assertThat(Frequency.QUARTERLY.parse("2022-06", ANCHOR)).isEmpty();
        assertThat(Frequency.MONTHLY.parse("2022-13", ANCHOR)).isEmpty();
        assertThat(Frequency.MONTHLY.parse("2022-06", ANCHOR)).map(PeriodInstance::end).contains(LocalDate.of(2022, 7, 1));
        assertThat(Frequency.EVERY_2_DAYS.parse("2022-06-03", ANCHOR)).isPresent();
        assertThat(Frequency.EVERY_2_DAYS.parse("2022-06-04", ANCHOR)).as("not on the 2-day grid").isEmpty();
        assertThat(Frequency.DAILY.parse("2022-02-30", ANCHOR)).isEmpty();
    }

    @Test
    void deadlinesAreCountedInLocalTimeFromThePeriodsLastDay() {
        PeriodInstance q1 = Frequency.QUARTERLY.parse("2022-Q1", ANCHOR).orElseThrow();
        assertThat(DueRule.parse("15D").orElseThrow().deadlineOf(q1))
                .isEqualTo(OffsetDateTime.of(2022, 4, 16, 0, 0, 0, 0, LOCAL).toInstant());
        PeriodInstance twoDays = Frequency.EVERY_2_DAYS.parse("2022-06-01", ANCHOR).orElseThrow();
        assertThat(DueRule.parse("0D@17:00").orElseThrow().deadlineOf(twoDays))
                .isEqualTo(OffsetDateTime.of(2022, 6, 2, 17, 0, 0, 0, LOCAL).toInstant());
        assertThat(DueRule.parse("0D@17:00").orElseThrow()).isEqualTo(new DueRule(0, LocalTime.of(17, 0)));
        assertThat(DueRule.parse("0D@17:00").orElseThrow().toString()).isEqualTo("0D@17:00");
        assertThat(DueRule.parse("15")).isEmpty();
        assertThat(DueRule.parse("5D@24:00")).isEmpty();
        assertThat(DueRule.parse("-1D")).isEmpty();
        assertThat(DueRule.parse(null)).isEmpty();
    }

    @Test
    void aFormIsOwedForTheInstancesBegunInsideItsActiveRange() {
        ReportForm monthly = form(Frequency.MONTHLY, LocalDate.of(2022, 1, 15), LocalDate.of(2022, 4, 1), List.of());
        assertThat(monthly.instancesBegunBy(LocalDate.of(2022, 3, 1))).extracting(PeriodInstance::name)
                .containsExactly("2022-01", "2022-02", "2022-03");
        assertThat(monthly.instancesBegunBy(LocalDate.of(2023, 1, 1))).hasSize(3);
        assertThat(monthly.instance("2022-03", LocalDate.of(2022, 2, 28))).as("not begun yet").isEmpty();
        assertThat(monthly.instance("2022-04", LocalDate.of(2023, 1, 1))).as("after activeTo").isEmpty();
        assertThat(monthly.instance("2021-12", LocalDate.of(2023, 1, 1))).as("before activeFrom").isEmpty();
        assertThat(monthly.instance("2022-01", LocalDate.of(2023, 1, 1))).isPresent();
    }

    @Test
    void indicatorsAreOwedByTheirOwnUnitOrByTheFormsAssignees() {
        ReportForm whole = form(Frequency.MONTHLY, ANCHOR, null, List.of());
        assertThat(whole.assignments(List.of("D1", "D2"))).containsExactly(
                new Assignment("", "LISTED"), new Assignment("", "D1"), new Assignment("", "D2"));
        ReportForm lris = form(Frequency.MONTHLY, ANCHOR, null, List.of(new FormIndicator("L1", "a", "S1"),
                new FormIndicator("L2", "b", null)));
        assertThat(lris.assignments(List.of("D1"))).containsExactly(new Assignment("L1", "S1"),
                new Assignment("L2", "LISTED"), new Assignment("L2", "D1"));
        assertThat(new Assignment("L1", "S1").obligationId("LRIS", Frequency.MONTHLY.containing(ANCHOR, ANCHOR)))
                .isEqualTo("LRIS|L1|S1|2022-06");
    }

    private static ReportForm form(Frequency frequency, LocalDate from, LocalDate to, List<FormIndicator> indicators) {
        return new ReportForm("F", "Form", ReportSystem.LRIS, frequency, DueRule.parse("5D").orElseThrow(), from, to,
                Set.of(), Set.of("LISTED"), indicators);
    }
}
