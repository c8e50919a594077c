package vn.dvc.rules;

/**
 * K5, {@code LATE_RESOLUTION} (docs/counting-rules.md, indicator 5 "late resolved count and rate"; counting rules v1 "Late"):
 * dossiers resolved late in the period / dossiers resolved in the period. Lower is better; target 0%.
 */
public final class LateResolution extends ShareInPeriod {

    public static final String CODE = "LATE_RESOLUTION";

    public LateResolution() {
        super(CODE, Measure.RESOLVED_LATE, Measure.RESOLVED);
    }

    @Override
    public boolean higherIsBetter() {
        return false;
    }
}
