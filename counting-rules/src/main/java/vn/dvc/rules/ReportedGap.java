package vn.dvc.rules;

/** Counting rules v1, "Self-reported totals": one unit's dossiers never entered over one reported period. */
public final class ReportedGap {

    private ReportedGap() {
    }

    public static long of(long reported, long receivedInPortal) {
        return Math.max(0, reported - receivedInPortal);
    }
}
