package vn.dvc.rules.publicity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.dvc.contracts.quality.ApplicantKind;
import vn.dvc.contracts.quality.ContentPart;
import vn.dvc.contracts.quality.ProcedurePublicationChanged;
import vn.dvc.contracts.quality.PublicationChange;
import vn.dvc.rules.Ratio;
import vn.dvc.rules.time.PortalTime;
import vn.dvc.rules.time.WorkingCalendar;

class PublicityPartsTest {

    private static final WorkingCalendar CALENDAR = new WorkingCalendar(Set.of());
    private static final LocalDate JUNE = LocalDate.of(2022, 6, 1);
    private static final LocalDate JULY = LocalDate.of(2022, 7, 1);

    private static ProcedurePublicationChanged record(String procedure, String decided, String effective, String published,
                                                      Set<ContentPart> parts, PublicationChange change, ApplicantKind... kinds) {
        Instant at = published == null ? null : LocalDateTime.parse(published).atZone(PortalTime.LOCAL_ZONE).toInstant();
        return new ProcedurePublicationChanged("e", Instant.EPOCH, procedure + "/" + decided, 1, procedure, "P", "QĐ-1",
                LocalDate.parse(decided), change, effective == null ? null : LocalDate.parse(effective), at, List.copyOf(parts),
                List.of(kinds));
    }

    private static ProcedurePublicationChanged decided(String decided, String effective) {
        return record("T1", decided, effective, null, Set.of(), PublicationChange.ADDED);
    }

    private static List<Long> sides(Ratio ratio) {
        return List.of(ratio.numerator(), ratio.denominator());
    }

    @Test
    void aDecisionIsOnTimeWhenItsFifthWorkingDayIsNotAfterTheLegalBasisTakesEffect() {
        // effective Mon 13 June: decided Mon 6 (its 5th working day is the 13th) is on time, Tue 7 is not
        List<ProcedurePublicationChanged> records = List.of(decided("2022-06-06", "2022-06-13"), decided("2022-06-07", "2022-06-13"),
                decided("2022-06-08", null), decided("2022-05-30", "2022-07-01"));

        assertThat(sides(PublicityParts.publishedOnTime(records, JUNE, JULY, CALENDAR))).containsExactly(1L, 3L);
        assertThat(PublicityParts.publishedOnTime(List.of(), JUNE, JULY, CALENDAR).denominator()).isZero();
    }

    @Test
    void publicationWithinFiveWorkingDaysOfTheDecisionCountsAndWhatAwaitsItCountsAgainst() {
        Set<ContentPart> all = EnumSet.allOf(ContentPart.class);
        List<ProcedurePublicationChanged> records = List.of(
                // decided Mon 6 June: the 5th working day is Mon 13
                record("T1", "2022-06-06", null, "2022-06-13T16:00", all, PublicationChange.ADDED),
                record("T2", "2022-06-06", null, "2022-06-14T08:00", all, PublicationChange.AMENDED),
                record("T3", "2022-06-20", null, null, Set.of(), PublicationChange.ADDED),
                record("T4", "2022-06-28", null, "2022-07-02T08:00", all, PublicationChange.ADDED),
                record("T5", "2022-05-20", null, "2022-05-25T08:00", all, PublicationChange.ADDED));

        assertThat(sides(PublicityParts.updatedOnTime(records, JUNE, JULY, CALENDAR))).as("T1 of T1, T2, T3, T4").containsExactly(1L, 4L);
    }

    @Test
    void contentIsCompleteWithAllSevenParts() {
        Set<ContentPart> six = EnumSet.complementOf(EnumSet.of(ContentPart.AGENCY));
        List<ProcedurePublicationChanged> records = List.of(
                record("T1", "2022-06-06", null, "2022-06-08T09:00", EnumSet.allOf(ContentPart.class), PublicationChange.ADDED),
                record("T2", "2022-06-06", null, "2022-06-08T09:00", six, PublicationChange.ADDED),
                record("T3", "2022-06-06", null, null, EnumSet.allOf(ContentPart.class), PublicationChange.ADDED));

        assertThat(sides(PublicityParts.completeContent(records, JUNE, JULY))).containsExactly(1L, 2L);
    }

    @Test
    void proceduresOpenToPeopleByTheirLatestRecordAreLinkedWhenADossierUsedResidentData() {
        List<ProcedurePublicationChanged> records = List.of(
                record("T1", "2022-01-10", null, null, Set.of(), PublicationChange.ADDED, ApplicantKind.CITIZEN),
                record("T2", "2022-01-10", null, null, Set.of(), PublicationChange.ADDED, ApplicantKind.FOREIGNER, ApplicantKind.BUSINESS),
                record("T3", "2022-01-10", null, null, Set.of(), PublicationChange.ADDED, ApplicantKind.BUSINESS),
                record("T4", "2022-01-10", null, null, Set.of(), PublicationChange.ADDED, ApplicantKind.CITIZEN),
                record("T4", "2022-03-10", null, null, Set.of(), PublicationChange.ABOLISHED, ApplicantKind.CITIZEN));

        assertThat(sides(PublicityParts.proceduresLinkedToResidentData(records, Set.of("T1", "T3", "T4")))).containsExactly(1L, 2L);
    }
}
