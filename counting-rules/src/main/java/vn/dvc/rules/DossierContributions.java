package vn.dvc.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.dvc.contracts.dossier.Channel;
import vn.dvc.contracts.dossier.Timeliness;

/**
 * What a dossier adds to the summary rows (docs/counting-rules.md, counting rules v1), for the unit responsible for it:
 * <ul>
 *   <li>"Received": from its {@code RECEIVED} event, on that local day, with the channel first seen; digitised
 *       inputs, data re-used, from the citizen's data store, resident data used, fee-bearing and ("Payments") fee-bearing with a successful online payment on the same day. A
 *       dossier not (yet) received adds nothing at all;</li>
 *   <li>"End": resolved, early / on time / late (a resolved dossier without a due time is on time: it is neither
 *       late nor early), e-result and a late dossier's compliant apology on the day it ended; resolved in time
 *       with neither an unsatisfied rating nor a feedback item about it ("Decision 766 score") on that day too;</li>
 *   <li>"Open at the period's end": received before it and not ended before it — RECEIVED in, ENDED out;
 *       overdue when its due time in force was before it — OVERDUE_FROM on the due day, OVERDUE_UNTIL on the end
 *       day (so a period ending at a midnight counts exactly those due before it and still open).</li>
 * </ul>
 */
public final class DossierContributions {

    private DossierContributions() {
    }

    public static List<Contribution> of(DossierFact fact) {
        List<Contribution> contributions = new ArrayList<>();
        if (fact == null || !fact.received()) {
            return contributions;
        }
        Adder add = (measure, day) -> contributions.add(new Contribution(fact.unitCode(), measure, day, 1));
        LocalDate received = fact.receivedDay();
        add.to(Measure.RECEIVED, received);
        if (fact.channel() == Channel.ONLINE) {
            add.to(Measure.RECEIVED_ONLINE, received);
        }
        if (fact.inputsDigitised()) {
            add.to(Measure.RECEIVED_DIGITISED, received);
        }
        if (fact.dataUsed().reused()) {
            add.to(Measure.RECEIVED_DATA_REUSED, received);
        }
        if (fact.dataUsed().fromPersonalStore()) {
            add.to(Measure.RECEIVED_FROM_PERSONAL_STORE, received);
        }
        if (fact.dataUsed().residentData()) {
            add.to(Measure.RECEIVED_RESIDENT_DATA, received);
        }
        if (fact.feeRequired()) {
            add.to(Measure.RECEIVED_FEE_BEARING, received);
            if (fact.paidOnline()) {
                add.to(Measure.RECEIVED_FEE_PAID_ONLINE, received);
            }
        }
        if (fact.endDay() != null) {
            add.to(Measure.ENDED, fact.endDay());
        }
        if (fact.resolved()) {
            addResolution(fact, add);
        }
        if (fact.overdueDay() != null) {
            add.to(Measure.OVERDUE_FROM, fact.overdueDay());
            if (fact.apologyCompliant()) {
                add.to(Measure.OVERDUE_FROM_APOLOGISED, fact.overdueDay());
            }
            if (fact.endDay() != null) {
                add.to(Measure.OVERDUE_UNTIL, fact.endDay());
                if (fact.apologyCompliant()) {
                    add.to(Measure.OVERDUE_UNTIL_APOLOGISED, fact.endDay());
                }
            }
        }
        return contributions;
    }

    private static void addResolution(DossierFact fact, Adder add) {
        LocalDate ended = fact.endDay();
        add.to(Measure.RESOLVED, ended);
        switch (fact.timeliness() == null ? Timeliness.ON_TIME : fact.timeliness()) {
            case EARLY -> add.to(Measure.RESOLVED_EARLY, ended);
            case LATE -> {
                add.to(Measure.RESOLVED_LATE, ended);
                if (fact.apologyCompliant()) {
                    add.to(Measure.RESOLVED_LATE_APOLOGISED, ended);
                }
            }
            default -> add.to(Measure.RESOLVED_ON_TIME, ended);
        }
        if (fact.electronicResult()) {
            add.to(Measure.RESOLVED_E_RESULT, ended);
        }
        if (fact.timeliness() != Timeliness.LATE && !fact.dissatisfied()) {
            add.to(Measure.RESOLVED_SATISFYING, ended);
        }
    }

    /** Counting rules v1, "Uptake scope": a received dossier uses its service's offering at its unit's tier. */
    public static List<OfferingUse> usesOf(DossierFact fact) {
        if (fact == null || !fact.received() || fact.serviceCode() == null || fact.offeringTier() == null) {
            return List.of();
        }
        return List.of(new OfferingUse(fact.unitCode(), fact.receivedDay(), fact.serviceCode(), fact.offeringTier(), 1,
                fact.channel() == Channel.ONLINE ? 1 : 0));
    }

    public static List<OfferingUse> useDelta(DossierFact before, DossierFact after) {
        List<OfferingUse> delta = new ArrayList<>(usesOf(after));
        usesOf(before).forEach(old -> delta.add(old.negated()));
        return delta;
    }

    /** The change to the summary rows when a dossier's fact goes from {@code before} to {@code after}. */
    public static List<Contribution> delta(DossierFact before, DossierFact after) {
        List<Contribution> delta = new ArrayList<>(of(after));
        of(before).forEach(old -> delta.add(old.negated()));
        return delta;
    }

    @FunctionalInterface
    private interface Adder {
        void to(Measure measure, LocalDate day);
    }
}
