package vn.dvc.payment.model;

import java.time.OffsetDateTime;
import vn.dvc.commons.web.LocalTime;
import vn.dvc.payment.entity.Payment;

/** One transaction in its latest status; {@code version} counts its status changes from 1. */
public record PaymentView(String transactionId, long version, String dossierId, String unitCode, String field,
                          String kind, long amountVnd, String status, OffsetDateTime paidAt, String provider) {

    public static PaymentView of(Payment payment) {
        return new PaymentView(payment.transactionId, payment.version, payment.dossierId, payment.unitCode,
                payment.field, payment.kind, payment.amountVnd, payment.status, LocalTime.of(payment.paidAt),
                payment.provider);
    }
}
