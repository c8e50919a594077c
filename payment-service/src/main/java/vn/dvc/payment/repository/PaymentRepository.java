package vn.dvc.payment.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import vn.dvc.payment.entity.Payment;

@ApplicationScoped
public class PaymentRepository implements PanacheRepositoryBase<Payment, String> {

    public Map<String, Payment> byTransactionIds(Collection<String> transactionIds) {
        Map<String, Payment> payments = new HashMap<>();
        if (!transactionIds.isEmpty()) {
            list("transactionId in ?1", transactionIds).forEach(payment -> payments.put(payment.transactionId, payment));
        }
        return payments;
    }
}
