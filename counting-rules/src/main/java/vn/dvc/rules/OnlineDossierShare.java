package vn.dvc.rules;

/**
 * K2, {@code ONLINE_DOSSIER_SHARE} (docs/counting-rules.md, indicator 2 "Online dossier share"): dossiers received online in the
 * period / all dossiers received in the period, "received" as counting rules v1 define it. Target 50%.
 */
public final class OnlineDossierShare extends ShareInPeriod {

    public static final String CODE = "ONLINE_DOSSIER_SHARE";

    public OnlineDossierShare() {
        super(CODE, Measure.RECEIVED_ONLINE, Measure.RECEIVED);
    }
}
