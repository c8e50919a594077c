package vn.dvc.payment.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.dvc.commons.catalog.UnitCopy;
import vn.dvc.commons.catalog.UnknownUnit;
import vn.dvc.commons.outbox.Outbox;
import vn.dvc.commons.web.LocalDates;
import vn.dvc.contracts.Topic;
import vn.dvc.contracts.payment.PaymentAccountChanged;
import vn.dvc.payment.entity.PaymentAccount;
import vn.dvc.payment.model.AccountRequest;
import vn.dvc.payment.model.Coverage;
import vn.dvc.payment.repository.PaymentAccountRepository;
import vn.dvc.problem.ProblemException;
import vn.dvc.rules.CopiedUnit;
import vn.dvc.rules.Ratio;

/** Units' online payment accounts; each change announced on {@code payment-events}. */
@ApplicationScoped
public class PaymentAccounts {

    private final PaymentAccountRepository accounts;
    private final UnitCopy units;
    private final Outbox outbox;

    public PaymentAccounts(PaymentAccountRepository accounts, UnitCopy units, Outbox outbox) {
        this.accounts = accounts;
        this.units = units;
        this.outbox = outbox;
    }

    @Transactional
    public PaymentAccount put(String unitCode, AccountRequest request) {
        if (units.byCodes(List.of(unitCode)).isEmpty()) {
            throw ProblemException.unprocessable("unitCode", "unit " + unitCode + " is not known");
        }
        LocalDate since = request.since() == null ? null : LocalDates.parse("since", request.since());
        PaymentAccount account = accounts.findByIdOptional(unitCode).orElseGet(() -> {
            PaymentAccount created = new PaymentAccount();
            created.unitCode = unitCode;
            return created;
        });
        boolean changed = account.updatedAt == null || account.enabled != request.enabled()
                || !Objects.equals(account.provider, request.provider()) || !Objects.equals(account.since, since);
        if (changed) {
            Instant now = Instant.now();
            account.enabled = request.enabled();
            account.provider = request.provider();
            account.since = since;
            account.updatedAt = now;
            accounts.persist(account);
            PaymentAccountChanged event = new PaymentAccountChanged(UUID.randomUUID().toString(), now, unitCode,
                    account.enabled, account.provider, since);
            outbox.append(Topic.PAYMENT_EVENTS.name(), event.key(), event);
        }
        return account;
    }

    public Optional<PaymentAccount> find(String unitCode) {
        return accounts.findByIdOptional(unitCode);
    }

    /**
     * @param unit the scope's root, or null for every unit known here
     * @param kind a unit kind ({@code LAND_OFFICE}, …), or null for every kind
     */
    public Coverage coverage(String unit, String kind) {
        List<CopiedUnit> scope = unit == null ? units.all() : units.subtreeOf(unit);
        if (unit != null && scope.isEmpty()) {
            throw UnknownUnit.unprocessable("unit", unit);
        }
        List<String> inScope = scope.stream().filter(candidate -> kind == null || kind.equals(candidate.kind()))
                .map(CopiedUnit::code).sorted().toList();
        Set<String> enabled = accounts.enabledAmong(inScope).stream().map(account -> account.unitCode)
                .collect(Collectors.toSet());
        List<String> withAccount = inScope.stream().filter(enabled::contains).toList();
        List<String> missing = inScope.stream().filter(code -> !enabled.contains(code)).toList();
        return new Coverage(unit, kind, withAccount.size(), inScope.size(),
                Ratio.of(withAccount.size(), inScope.size()).percent(), withAccount, missing);
    }
}
