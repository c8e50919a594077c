package vn.dvc.rules;

/**
 * K3, {@code E_RESULT} (docs/counting-rules.md, indicator 3 "Digitisation"): results issued electronically / results issued,
 * i.e. dossiers resolved in the period ("End" of counting rules v1). Target 100%.
 */
public final class ElectronicResult extends ShareInPeriod {

    public static final String CODE = "E_RESULT";

    public ElectronicResult() {
        super(CODE, Measure.RESOLVED_E_RESULT, Measure.RESOLVED);
    }
}
