package vn.dvc.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dvc.contracts.catalog.Tier;
import vn.dvc.rules.CopiedUnit;
import vn.dvc.rules.TaskDeadline.Kind;
import vn.dvc.rules.TaskDeadline.Occurrence;

class TaskRulesTest {

    private static final LocalDate DAY = LocalDate.of(2022, 6, 6);
    private static final TaskDeadline BY_DAY = new TaskDeadline(Kind.DATE, DAY, null, null, null, null);

    @Test
    void aDayDeadlineIsMetUpTo235959OfThatDayAndOverdueFromTheNextMinute() {
        LocalDateTime due = BY_DAY.occurrencesAsOf(DAY.atStartOfDay()).get(0).due();
        LocalDateTime lastMinute = DAY.atTime(23, 59);
        LocalDateTime nextDay = DAY.plusDays(1).atTime(0, 1);

        assertThat(due).isEqualTo(DAY.atTime(23, 59, 59));
        assertThat(TaskStatus.of(due, lastMinute, lastMinute, nextDay)).isEqualTo(TaskStatus.DONE);
        assertThat(TaskStatus.of(due, DAY.atTime(23, 59, 59, 999_000_000), DAY.atTime(23, 59, 59), nextDay)).isEqualTo(TaskStatus.DONE);
        assertThat(TaskStatus.of(due, nextDay, nextDay, nextDay)).isEqualTo(TaskStatus.DONE_LATE);
        assertThat(TaskStatus.of(due, null, null, lastMinute)).isEqualTo(TaskStatus.OPEN);
        assertThat(TaskStatus.of(due, null, null, nextDay)).isEqualTo(TaskStatus.OVERDUE);
    }

    @Test
    void aReportNotYetMadeAtTheMomentAskedDoesNotCountAndProgressIsNotDone() {
        LocalDateTime due = DAY.atTime(23, 59, 59);
        LocalDateTime later = DAY.plusDays(3).atTime(9, 0);

        assertThat(TaskStatus.of(due, later, later, DAY.plusDays(1).atTime(8, 0))).isEqualTo(TaskStatus.OVERDUE);
        assertThat(TaskStatus.of(due, null, DAY.atTime(10, 0), DAY.plusDays(1).atTime(8, 0))).isEqualTo(TaskStatus.OVERDUE);
        assertThat(TaskStatus.of(due, null, DAY.atTime(10, 0), DAY.atTime(11, 0))).isEqualTo(TaskStatus.OPEN);
    }

    @Test
    void anOngoingTaskIsNeverLateAndATimedOneIsDueToTheSecond() {
        TaskDeadline ongoing = new TaskDeadline(Kind.ONGOING, null, null, DAY, null, null);
        TaskDeadline timed = new TaskDeadline(Kind.DATE_TIME, DAY, LocalTime.of(17, 0), null, null, null);
        LocalDateTime due = timed.occurrencesAsOf(DAY.atStartOfDay()).get(0).due();

        assertThat(ongoing.occurrencesAsOf(DAY.plusYears(1).atStartOfDay())).containsExactly(new Occurrence("", null));
        assertThat(TaskStatus.of(null, DAY.plusYears(1).atStartOfDay(), DAY.plusYears(1).atStartOfDay(), DAY.plusYears(2).atStartOfDay()))
                .isEqualTo(TaskStatus.DONE);
        assertThat(TaskStatus.of(null, null, null, DAY.plusYears(2).atStartOfDay())).isEqualTo(TaskStatus.OPEN);
        assertThat(TaskStatus.of(due, DAY.atTime(17, 0), DAY.atTime(17, 0), DAY.atTime(18, 0))).isEqualTo(TaskStatus.DONE);
        assertThat(TaskStatus.of(due, DAY.atTime(17, 0, 1), DAY.atTime(17, 0, 1), DAY.atTime(18, 0))).isEqualTo(TaskStatus.DONE_LATE);
    }

    @Test
    void aRecurringTaskOwesEveryOccurrenceDueSoFarAndTheNextOne() {
        TaskDeadline everyTwoDays = new TaskDeadline(Kind.RECURRING, null, LocalTime.of(17, 0), LocalDate.of(2022, 6, 1),
                LocalDate.of(2022, 6, 8), Period.ofDays(2));

        List<Occurrence> onTheThird = everyTwoDays.occurrencesAsOf(LocalDateTime.of(2022, 6, 3, 17, 0, 1));
        List<Occurrence> atTheEnd = everyTwoDays.occurrencesAsOf(LocalDateTime.of(2022, 9, 1, 0, 0));

        assertThat(onTheThird).extracting(Occurrence::key).containsExactly("2022-06-01", "2022-06-03", "2022-06-05");
        assertThat(onTheThird.get(1).due()).isEqualTo(LocalDateTime.of(2022, 6, 3, 17, 0));
        assertThat(atTheEnd).extracting(Occurrence::key).containsExactly("2022-06-01", "2022-06-03", "2022-06-05", "2022-06-07");
        assertThat(everyTwoDays.hasOccurrence("2022-06-05")).isTrue();
        assertThat(everyTwoDays.hasOccurrence("2022-06-04")).isFalse();
        assertThat(everyTwoDays.hasOccurrence("2022-06-09")).isFalse();
        assertThat(everyTwoDays.hasOccurrence("5 June")).isFalse();
        assertThat(BY_DAY.hasOccurrence("")).isTrue();
        assertThat(BY_DAY.hasOccurrence("2022-06-06")).isFalse();
    }

    @Test
    void aMonthlyTaskFallsOnTheSameDayEachMonthWithoutDrifting() {
        TaskDeadline monthly = new TaskDeadline(Kind.RECURRING, null, null, LocalDate.of(2022, 1, 31),
                LocalDate.of(2022, 5, 1), Period.ofMonths(1));

        assertThat(monthly.occurrencesAsOf(LocalDateTime.of(2022, 12, 1, 0, 0))).extracting(Occurrence::key)
                .containsExactly("2022-01-31", "2022-02-28", "2022-03-31", "2022-04-30");
    }

    @Test
    void assigneesAreBodiesOfATierNotServicePointsPlusUnitsByCodeKindOrNameOnceEach() {
        List<CopiedUnit> tree = List.of(
                new CopiedUnit("P", Tier.PROVINCE, null, "Tỉnh Bình Phước"),
                new CopiedUnit("S01", Tier.DEPARTMENT, null, "Sở Tư pháp"),
                new CopiedUnit("S14", Tier.DEPARTMENT, null, "Sở Thông tin và Truyền thông"),
                new CopiedUnit("TT", Tier.DEPARTMENT, "SERVICE_CENTRE", "Trung tâm Phục vụ hành chính công tỉnh"),
                new CopiedUnit("H01", Tier.DISTRICT, null, "Huyện Bù Đăng"),
                new CopiedUnit("H01.MC", Tier.DISTRICT, "ONE_STOP_SHOP", "Bộ phận Một cửa Huyện Bù Đăng"),
                new CopiedUnit("H01.X01", Tier.COMMUNE, null, "Xã 1, Huyện Bù Đăng"));

        assertThat(new TaskAssignees(null, List.of("DEPARTMENT", "DISTRICT"), null, null).select(tree))
                .extracting(CopiedUnit::code).containsExactly("S01", "S14", "H01");
        assertThat(new TaskAssignees(List.of("H01"), null, List.of("SERVICE_CENTRE", "ONE_STOP_SHOP"),
                List.of("SỞ THÔNG TIN VÀ TRUYỀN THÔNG", "Huyện Bù Đăng")).select(tree))
                .extracting(CopiedUnit::code).containsExactly("S14", "TT", "H01", "H01.MC");
        // the same name in decomposed form (NFD) is the same name
        assertThat(TaskAssignees.named(tree, java.text.Normalizer.normalize("Huyện Bù Đăng", java.text.Normalizer.Form.NFD))).isTrue();
        assertThat(TaskAssignees.named(tree, "Sở Nội vụ")).isFalse();
    }

    @Test
    void thePilotFlagsOfflineReceiptsOfItsServicesFromItsFirstDayOnly() {
        OnlineOnlyCompliance pilot = new OnlineOnlyCompliance(LocalDate.of(2022, 7, 1), java.util.Set.of("1.001", "1.002"));

        assertThat(pilot.flags("1.001", LocalDate.of(2022, 7, 1), "DIRECT")).isTrue();
        assertThat(pilot.flags("1.002", LocalDate.of(2022, 8, 1), "POSTAL")).isTrue();
        assertThat(pilot.flags("1.001", LocalDate.of(2022, 7, 1), "ONLINE")).isFalse();
        assertThat(pilot.flags("1.001", LocalDate.of(2022, 6, 30), "DIRECT")).isFalse();
        assertThat(pilot.flags("9.999", LocalDate.of(2022, 7, 2), "DIRECT")).isFalse();
        assertThat(pilot.flags("1.001", null, "DIRECT")).isFalse();
        assertThat(pilot.covers("1.001", LocalDate.of(2022, 7, 1))).isTrue();
        assertThat(OnlineOnlyCompliance.of(3, 4).percent()).isEqualByComparingTo("75.00");
        assertThat(OnlineOnlyCompliance.of(0, 0).percent()).isNull();
    }
}
