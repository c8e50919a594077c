package vn.dvc.rules;

/**
 * {@code ONLINE_PAYMENT_SHARE} (docs/counting-rules.md, counting rules v1 "Payments"): fee-bearing dossiers received in the
 * period with a successful online payment / fee-bearing dossiers received in the period.
 */
public final class OnlinePaymentShare extends ShareInPeriod {

    public static final String CODE = "ONLINE_PAYMENT_SHARE";

    public OnlinePaymentShare() {
        super(CODE, Measure.RECEIVED_FEE_PAID_ONLINE, Measure.RECEIVED_FEE_BEARING);
    }
}
