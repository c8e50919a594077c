package vn.dvc.kpi.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * What a dossier adds to the summary rows (domain.md, counting rules v1, "Received"): a dossier counts from its
 * {@code RECEIVED} event, on that event's local day, for the unit responsible for it; the channel is the one given
 * when the dossier was first seen. A dossier not (yet) received adds nothing.
 */
public final class DossierContributions {

    private DossierContributions() {
    }

    public static List<Contribution> of(DossierFact fact) {
        List<Contribution> contributions = new ArrayList<>();
        if (fact == null || fact.receivedDay() == null || fact.unitCode() == null) {
            return contributions;
        }
        contributions.add(new Contribution(fact.unitCode(), Measure.RECEIVED, fact.receivedDay(), 1));
        if ("ONLINE".equals(fact.channel())) {
            contributions.add(new Contribution(fact.unitCode(), Measure.RECEIVED_ONLINE, fact.receivedDay(), 1));
        }
        return contributions;
    }

    /** The change to the summary rows when a dossier's fact goes from {@code before} to {@code after}. */
    public static List<Contribution> delta(DossierFact before, DossierFact after) {
        List<Contribution> delta = new ArrayList<>(of(after));
        of(before).forEach(old -> delta.add(old.negated()));
        return delta;
    }
}
