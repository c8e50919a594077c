package vn.dvc.payment.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.dvc.commons.jdbc.Jdbc;
import vn.dvc.payment.entity.Payment;

@ApplicationScoped
public class PaymentRepository implements PanacheRepositoryBase<Payment, String> {

    private final Jdbc jdbc;

    public PaymentRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Locks the stored rows of these transactions until the transaction ends, in key order (two requests never
     * deadlock on them); the ids not stored yet lock nothing.
     */
    public void lockInKeyOrder(List<String> transactionIds) {
        jdbc.rows("SELECT transaction_id FROM payment WHERE transaction_id IN (" + Jdbc.placeholders(transactionIds.size())
                + ") ORDER BY transaction_id FOR UPDATE", transactionIds.stream().sorted().toList());
    }

    public Map<String, Payment> byTransactionIds(Collection<String> transactionIds) {
        Map<String, Payment> payments = new HashMap<>();
        if (!transactionIds.isEmpty()) {
            list("transactionId in ?1", transactionIds).forEach(payment -> payments.put(payment.transactionId, payment));
        }
        return payments;
    }
}
