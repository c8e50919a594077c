package vn.dvc.payment.service;

import java.time.Instant;
import vn.dvc.payment.model.PaymentStatus;

/** A transaction as reported, parsed: the amount exact in whole VND, the time an instant. */
public record ReportedPayment(String transactionId, String dossierId, String unitCode, String field, String kind,
                              long amountVnd, PaymentStatus status, Instant paidAt, String provider) {
}
