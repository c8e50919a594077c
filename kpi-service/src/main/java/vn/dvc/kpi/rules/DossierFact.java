package vn.dvc.kpi.rules;

import java.time.LocalDate;
import vn.dvc.contracts.dossier.Channel;
import vn.dvc.contracts.dossier.Closure;
import vn.dvc.contracts.dossier.Timeliness;

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
 */
public record DossierFact(String dossierId, long version, String unitCode, String serviceCode, Channel channel,
                          LocalDate receivedDay, boolean inputsDigitised, boolean feeRequired, Closure closure,
                          LocalDate endDay, Timeliness timeliness, boolean electronicResult, boolean apologyCompliant,
                          LocalDate overdueDay, String offeringTier, boolean paidOnline) {

    public DossierFact withPaidOnline(boolean paid) {
        return new DossierFact(dossierId, version, unitCode, serviceCode, channel, receivedDay, inputsDigitised,
                feeRequired, closure, endDay, timeliness, electronicResult, apologyCompliant, overdueDay, offeringTier,
                paid);
    }

    public boolean received() {
        return receivedDay != null && unitCode != null;
    }

    public boolean resolved() {
        return closure == Closure.RESOLVED && endDay != null;
    }
}
