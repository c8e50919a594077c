package vn.dvc.rules;


/**
 * {@code DOSSIERS_NOT_ENTERED} (docs/counting-rules.md, indicator 2 "the difference reported − portal is the count of dossiers
 * never entered"; counting rules v1 "Self-reported totals"): Σ over the scope's units of max(0, reported − received
 * in the portal) over each reported period inside the period — a unit's surplus never hides another unit's gap.
 * A count; lower is better, target 0.
 */
public final class DossiersNotEntered extends NamedRule {

    public static final String CODE = "DOSSIERS_NOT_ENTERED";

    public DossiersNotEntered() {
        super(CODE);
    }

    @Override
    public boolean readsReportedTotals() {
        return true;
    }

    @Override
    public boolean higherIsBetter() {
        return false;
    }

    @Override
    public Figure compute(Sums sums) {
        return Figure.count(sums.notEntered(), null);
    }
}
