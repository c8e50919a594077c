package vn.dvc.rules;

import java.time.Instant;
import java.time.LocalDate;
import vn.dvc.contracts.dossier.Channel;
import vn.dvc.contracts.dossier.Closure;
import vn.dvc.contracts.dossier.DossierStateChanged.Deadline;
import vn.dvc.contracts.dossier.DossierStateChanged.Ending;
import vn.dvc.contracts.dossier.DossierStateChanged.Flags;
import vn.dvc.contracts.dossier.DossierStateChanged;
import vn.dvc.contracts.dossier.Rating;
import vn.dvc.contracts.dossier.Timeliness;
import vn.dvc.rules.time.PortalTime;

/**
 * What the indicators need of one dossier, as its latest state says (counting rules v1); days are local.
 *
 * @param receivedDay the day of receipt; null while the dossier is not received (it then counts nowhere)
 * @param closure     how it ended; null while open
 * @param endDay      the day it ended; null while open
 * @param timeliness  for a resolved dossier with a due time; else null
 * @param overdueDay  the day of the due time in force when the dossier was (or is) still open after it; null when
 *                    it ended in time, has no due time, or its clock stands still for a supplement
 * @param offeringTier the tier of the offering the dossier uses ({@link OfferingTier})
 * @param paidOnline  a successful online payment exists for the dossier
 * @param dataUsed    what it took from data held before (the Decision 766 digitisation parts)
 * @param dissatisfied the applicant's latest rating is "không hài lòng", or a feedback item was raised about it
 * @param electronicCertifiedCopy an electronic certified copy was made from an original for it
 */
public record DossierFact(String dossierId, long version, String unitCode, String serviceCode, Channel channel,
                          LocalDate receivedDay, boolean inputsDigitised, boolean feeRequired, Closure closure,
                          LocalDate endDay, Timeliness timeliness, boolean electronicResult, boolean apologyCompliant,
                          LocalDate overdueDay, String offeringTier, boolean paidOnline, DataUsed dataUsed,
                          boolean dissatisfied, boolean electronicCertifiedCopy) {

    /**
     * A component re-used from data digitised before; one taken from the citizen's national data store; resident
     * data used (a VNeID-verified account, the data store, the population database).
     */
    public record DataUsed(boolean reused, boolean fromPersonalStore, boolean residentData) {

        public static final DataUsed NONE = new DataUsed(false, false, false);

        static DataUsed of(Flags flags) {
            return new DataUsed(flags.dataReused(), flags.fromPersonalStore(), flags.residentDataUsed());
        }
    }

    /**
     * The fact of a snapshot (counting rules v1): the end only counts for a received dossier; a dossier is overdue
     * from its due time in force when it was still open then — not while its clock stands still for a supplement.
     */
    public static DossierFact of(DossierStateChanged state) {
        LocalDate receivedDay = PortalTime.localDay(state.receivedAt());
        Ending ending = state.receivedAt() == null ? null : state.ending();
        Deadline deadline = state.deadline();
        Instant due = deadline == null || deadline.clockStoppedSince() != null ? null : deadline.dueAtInForce();
        boolean overdue = due != null && (ending == null || ending.endedAt().isAfter(due));
        Flags flags = state.flags() == null ? new Flags(false, false, false) : state.flags();
        return new DossierFact(state.dossierId(), state.version(), state.unitCode(), state.serviceCode(),
                state.channel(), receivedDay, flags.inputsDigitised(), flags.feeRequired(),
                ending == null ? null : ending.closure(), ending == null ? null : PortalTime.localDay(ending.endedAt()),
                ending == null ? null : ending.timeliness(), flags.electronicResult(),
                state.apology() != null && state.apology().compliant(), overdue ? PortalTime.localDay(due) : null,
                OfferingTier.ofUnitTier(state.unitTier()), false, DataUsed.of(flags),
                flags.rating() == Rating.UNSATISFIED || flags.feedbackRaised(), flags.electronicCertifiedCopy());
    }

    public DossierFact withPaidOnline(boolean paid) {
        return new DossierFact(dossierId, version, unitCode, serviceCode, channel, receivedDay, inputsDigitised,
                feeRequired, closure, endDay, timeliness, electronicResult, apologyCompliant, overdueDay, offeringTier,
                paid, dataUsed, dissatisfied, electronicCertifiedCopy);
    }

    public DossierFact withDataUsed(DataUsed used) {
        return new DossierFact(dossierId, version, unitCode, serviceCode, channel, receivedDay, inputsDigitised,
                feeRequired, closure, endDay, timeliness, electronicResult, apologyCompliant, overdueDay, offeringTier,
                paidOnline, used, dissatisfied, electronicCertifiedCopy);
    }

    public DossierFact withDissatisfied(boolean unsatisfiedOrComplainedOf) {
        return new DossierFact(dossierId, version, unitCode, serviceCode, channel, receivedDay, inputsDigitised,
                feeRequired, closure, endDay, timeliness, electronicResult, apologyCompliant, overdueDay, offeringTier,
                paidOnline, dataUsed, unsatisfiedOrComplainedOf, electronicCertifiedCopy);
    }

    public boolean received() {
        return receivedDay != null && unitCode != null;
    }

    public boolean resolved() {
        return closure == Closure.RESOLVED && endDay != null;
    }
}
