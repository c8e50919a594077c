package vn.dvc.kpi.rules;

import java.time.LocalDate;

/** A payment transaction's latest state, as payment-events say; {@code paidDay} is local. */
public record PaymentFact(String transactionId, long version, String dossierId, String unitCode, String kind,
                          long amountVnd, String status, LocalDate paidDay) {

    public boolean successful() {
        return "SUCCESS".equals(status);
    }
}
