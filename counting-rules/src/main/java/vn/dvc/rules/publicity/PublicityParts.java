package vn.dvc.rules.publicity;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.dvc.contracts.quality.ApplicantKind;
import vn.dvc.contracts.quality.ContentPart;
import vn.dvc.contracts.quality.ProcedurePublicationChanged;
import vn.dvc.contracts.quality.PublicationChange;
import vn.dvc.rules.Ratio;
import vn.dvc.rules.time.PortalTime;
import vn.dvc.rules.time.WorkingCalendar;

/**
 * Counting rules v1, "Decision 766 score", the publicity parts and procedures linked to resident data, over one scope's
 * publication records (one record per procedure and decision) and a period {@code [from, to)} of local days:
 * <ul>
 *   <li>published on time: of the records decided in the period, those decided at least 5 working days before their
 *       legal basis takes effect (the 5th working day after the decision is not after the effective date) ÷ records
 *       decided in the period — a record without an effective date is not on time;</li>
 *   <li>updated on time: of the records made public in the period and those decided before its end still awaiting
 *       publication at its end, those made public within 5 working days of their decision ÷ all of them;</li>
 *   <li>complete content: records made public in the period with all seven parts ÷ records made public in it;</li>
 *   <li>procedures linked to resident data: procedures open to people (citizens, overseas Vietnamese, foreigners) by
 *       their latest record, not abolished, with at least one dossier received in the period that used resident data
 *       ÷ such procedures.</li>
 * </ul>
 */
public final class PublicityParts {

    static final int DAYS_BEFORE_EFFECT = 5;
    static final int DAYS_TO_PUBLISH = 5;

    private PublicityParts() {
    }

    public static Ratio publishedOnTime(List<ProcedurePublicationChanged> records, LocalDate from, LocalDate to, WorkingCalendar calendar) {
        List<ProcedurePublicationChanged> decided = records.stream().filter(record -> within(record.decidedOn(), from, to)).toList();
        long onTime = decided.stream().filter(record -> record.legalBasisEffectiveOn() != null
                && !calendar.plusWorkingDays(record.decidedOn(), DAYS_BEFORE_EFFECT).isAfter(record.legalBasisEffectiveOn())).count();
        return Ratio.of(onTime, decided.size());
    }

    public static Ratio updatedOnTime(List<ProcedurePublicationChanged> records, LocalDate from, LocalDate to, WorkingCalendar calendar) {
        List<ProcedurePublicationChanged> due = records.stream().filter(record -> within(publishedDay(record), from, to)
                || record.decidedOn().isBefore(to) && (record.publishedAt() == null || !publishedDay(record).isBefore(to))).toList();
        long onTime = due.stream().filter(record -> within(publishedDay(record), from, to)
                && !publishedDay(record).isAfter(calendar.plusWorkingDays(record.decidedOn(), DAYS_TO_PUBLISH))).count();
        return Ratio.of(onTime, due.size());
    }

    public static Ratio completeContent(List<ProcedurePublicationChanged> records, LocalDate from, LocalDate to) {
        List<ProcedurePublicationChanged> published = records.stream().filter(record -> within(publishedDay(record), from, to)).toList();
        long complete = published.stream().filter(record -> record.contentParts().containsAll(EnumSet.allOf(ContentPart.class))).count();
        return Ratio.of(complete, published.size());
    }

    /** @param usingResidentData the procedures with a dossier received in the period that used resident data */
    public static Ratio proceduresLinkedToResidentData(List<ProcedurePublicationChanged> records, Collection<String> usingResidentData) {
        Map<String, ProcedurePublicationChanged> latest = new LinkedHashMap<>();
        records.forEach(record -> latest.merge(record.procedureCode(), record, (a, b) -> b.decidedOn().isAfter(a.decidedOn()) ? b : a));
        Set<String> forPeople = latest.values().stream().filter(record -> record.change() != PublicationChange.ABOLISHED
                        && record.applicantKinds().stream().anyMatch(ApplicantKind::isPerson))
                .map(ProcedurePublicationChanged::procedureCode).collect(Collectors.toSet());
        long linked = forPeople.stream().filter(usingResidentData::contains).count();
        return Ratio.of(linked, forPeople.size());
    }

    private static LocalDate publishedDay(ProcedurePublicationChanged record) {
        return PortalTime.localDay(record.publishedAt());
    }

    private static boolean within(LocalDate day, LocalDate from, LocalDate to) {
        return day != null && !day.isBefore(from) && day.isBefore(to);
    }
}
