package vn.dvc.payment.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import vn.dvc.payment.entity.PaymentAccount;

@ApplicationScoped
public class PaymentAccountRepository implements PanacheRepositoryBase<PaymentAccount, String> {

    public List<PaymentAccount> enabledAmong(Collection<String> unitCodes) {
        return unitCodes.isEmpty() ? List.of() : list("enabled = true and unitCode in ?1", unitCodes);
    }
}
