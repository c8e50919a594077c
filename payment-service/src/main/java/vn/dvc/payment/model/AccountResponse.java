package vn.dvc.payment.model;

import java.time.LocalDate;
import vn.dvc.payment.entity.PaymentAccount;

public record AccountResponse(String unitCode, boolean enabled, String provider, LocalDate since) {

    public static AccountResponse of(PaymentAccount account) {
        return new AccountResponse(account.unitCode, account.enabled, account.provider, account.since);
    }
}
