package vn.dvc.rules;

/**
 * {@code PERSONAL_STORE_LINK} (docs/counting-rules.md, "Decision 766 score", the digitisation parts): dossiers received in the
 * period with a component taken from the citizen's national data store ({@code TaiLieuNop[].DuocLayTuKhoDMQG} 1) / dossiers received in the period.
 */
public final class PersonalStoreLink extends ShareInPeriod {

    public static final String CODE = "PERSONAL_STORE_LINK";

    public PersonalStoreLink() {
        super(CODE, Measure.RECEIVED_FROM_PERSONAL_STORE, Measure.RECEIVED);
    }
}
