package vn.dvc.payment.model;

/** Declared in the only order a transaction may move: a failed attempt may succeed, a success may be refunded. */
public enum PaymentStatus {
    FAILED, SUCCESS, REFUNDED
}
