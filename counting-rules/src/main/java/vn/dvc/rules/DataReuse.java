package vn.dvc.rules;

/**
 * {@code DATA_REUSE} (docs/counting-rules.md, "Decision 766 score", the digitisation parts): dossiers received in the
 * period with a component re-used from data digitised before ({@code TaiLieuNop[].DuocTaiSuDung} 1 or 2) / dossiers received in the period.
 */
public final class DataReuse extends ShareInPeriod {

    public static final String CODE = "DATA_REUSE";

    public DataReuse() {
        super(CODE, Measure.RECEIVED_DATA_REUSED, Measure.RECEIVED);
    }
}
