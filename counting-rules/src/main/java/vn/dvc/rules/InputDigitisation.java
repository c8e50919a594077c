package vn.dvc.rules;

/**
 * K3, {@code INPUT_DIGITISATION} (docs/counting-rules.md, indicator 3 "Digitisation"): dossiers received in the period with
 * digitised inputs / dossiers received in the period. Target 100%.
 */
public final class InputDigitisation extends ShareInPeriod {

    public static final String CODE = "INPUT_DIGITISATION";

    public InputDigitisation() {
        super(CODE, Measure.RECEIVED_DIGITISED, Measure.RECEIVED);
    }
}
