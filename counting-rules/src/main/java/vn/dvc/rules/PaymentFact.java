package vn.dvc.rules;

import java.time.LocalDate;
import vn.dvc.contracts.payment.PaymentRecorded;
import vn.dvc.rules.time.PortalTime;

/** A payment transaction's latest state, as payment-events say; {@code paidDay} is local. */
public record PaymentFact(String transactionId, long version, String dossierId, String unitCode, String kind,
                          long amountVnd, String status, LocalDate paidDay) {

    /** Counting rules v1, "Payments": a payment counts on the local day it was paid. */
    public static PaymentFact of(PaymentRecorded payment) {
        return new PaymentFact(payment.transactionId(), payment.version(), payment.dossierId(), payment.unitCode(),
                payment.kind(), payment.amountVnd(), payment.status(), PortalTime.localDay(payment.paidAt()));
    }

    public boolean successful() {
        return "SUCCESS".equals(status);
    }
}
