package vn.dvc.payment.model;

/** A fee or charge for a procedure, or a land-related financial obligation (nghĩa vụ tài chính về đất đai). */
public enum PaymentKind {
    FEE, LAND_OBLIGATION
}
