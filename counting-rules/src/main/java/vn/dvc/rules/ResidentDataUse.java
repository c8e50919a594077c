package vn.dvc.rules;

/**
 * {@code RESIDENT_DATA_USE} (docs/counting-rules.md, "Decision 766 score", the digitisation parts): dossiers received in the
 * period with resident data used: a VNeID-verified account, a component from the data store or a link to the population database / dossiers received in the period.
 */
public final class ResidentDataUse extends ShareInPeriod {

    public static final String CODE = "RESIDENT_DATA_USE";

    public ResidentDataUse() {
        super(CODE, Measure.RECEIVED_RESIDENT_DATA, Measure.RECEIVED);
    }
}
