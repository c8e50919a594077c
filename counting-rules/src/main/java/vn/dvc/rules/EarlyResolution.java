package vn.dvc.rules;

/**
 * K5, {@code EARLY_RESOLUTION} (docs/counting-rules.md, indicator 5 "resolved early"; counting rules v1 "Late / Early /
 * On time"): dossiers resolved in the period on an earlier local day than their due time in force / dossiers resolved
 * in the period — the "trước hạn" share the national portal shows beside on time and late. Higher is better; no target
 * of the plan.
 */
public final class EarlyResolution extends ShareInPeriod {

    public static final String CODE = "EARLY_RESOLUTION";

    public EarlyResolution() {
        super(CODE, Measure.RESOLVED_EARLY, Measure.RESOLVED);
    }
}
