package vn.dvc.kpi.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import vn.dvc.commons.jdbc.Jdbc;
import vn.dvc.commons.jdbc.Row;
import vn.dvc.contracts.payment.PaymentAccountChanged;
import vn.dvc.contracts.payment.PaymentEvent;
import vn.dvc.contracts.payment.PaymentRecorded;
import vn.dvc.rules.Contribution;
import vn.dvc.rules.PaymentContributions;
import vn.dvc.rules.PaymentFact;

/**
 * Keeps each payment's latest state and the units' payment accounts from {@code payment-events}: a newer version
 * of a transaction retracts its old contribution and adds the new (a stale or repeated one changes nothing), and
 * the dossiers it pays for are told, in the same transaction.
 */
@ApplicationScoped
public class PaymentFacts {

    private final Jdbc jdbc;
    private final Rollups rollups;
    private final DossierFacts dossiers;

    public PaymentFacts(Jdbc jdbc, Rollups rollups, DossierFacts dossiers) {
        this.jdbc = jdbc;
        this.rollups = rollups;
        this.dossiers = dossiers;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(List<PaymentEvent> events) {
        applyPayments(events.stream().filter(PaymentRecorded.class::isInstance).map(PaymentRecorded.class::cast).toList());
        applyAccounts(events.stream().filter(PaymentAccountChanged.class::isInstance).map(PaymentAccountChanged.class::cast).toList());
    }

    private void applyPayments(List<PaymentRecorded> recorded) {
        Map<String, PaymentFact> newest = new LinkedHashMap<>();
        recorded.forEach(payment -> newest.merge(payment.transactionId(), PaymentFact.of(payment),
                (a, b) -> a.version() >= b.version() ? a : b));
        if (newest.isEmpty()) {
            return;
        }
        Map<String, PaymentFact> stored = load(newest.keySet());
        List<Contribution> deltas = new ArrayList<>();
        List<List<?>> upserts = new ArrayList<>();
        Set<String> touchedDossiers = new HashSet<>();
        for (PaymentFact payment : newest.values()) {
            PaymentFact before = stored.get(payment.transactionId());
            if (before != null && before.version() >= payment.version()) {
                continue;
            }
            deltas.addAll(PaymentContributions.delta(before, payment));
            upserts.add(Arrays.asList(payment.transactionId(), payment.version(), payment.dossierId(),
                    payment.unitCode(), payment.kind(), payment.amountVnd(), payment.status(), Date.valueOf(payment.paidDay())));
            touchedDossiers.add(payment.dossierId());
            touchedDossiers.add(before == null ? null : before.dossierId());
        }
        jdbc.batch("INSERT INTO kpi_payment (transaction_id, version, dossier_id, unit_code, kind, amount_vnd, status, "
                + "paid_day) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE version = VALUES(version), "
                + "dossier_id = VALUES(dossier_id), unit_code = VALUES(unit_code), kind = VALUES(kind), "
                + "amount_vnd = VALUES(amount_vnd), status = VALUES(status), paid_day = VALUES(paid_day)", upserts);
        rollups.add(deltas);
        touchedDossiers.remove(null);
        dossiers.repay(touchedDossiers);
    }

    /** The latest change of an account by its own time wins, whatever order the changes arrive in. */
    private void applyAccounts(List<PaymentAccountChanged> changes) {
        jdbc.batch("INSERT INTO kpi_payment_account (unit_code, enabled, changed_at) VALUES (?, ?, ?) "
                        + "ON DUPLICATE KEY UPDATE enabled = IF(VALUES(changed_at) >= changed_at, VALUES(enabled), enabled), "
                        + "changed_at = GREATEST(changed_at, VALUES(changed_at))",
                changes.stream().<List<?>>map(change -> List.of(change.unitCode(), change.enabled(),
                        Timestamp.from(change.occurredAt()))).toList());
    }


    private static final String FACT_COLUMNS = "transaction_id, version, dossier_id, unit_code, kind, amount_vnd, "
            + "status, paid_day";

    private Map<String, PaymentFact> load(Collection<String> transactionIds) {
        Map<String, PaymentFact> facts = new HashMap<>();
        for (Row row : jdbc.rows("SELECT " + FACT_COLUMNS + " FROM kpi_payment WHERE transaction_id IN ("
                + Jdbc.placeholders(transactionIds.size()) + ")", List.copyOf(transactionIds))) {
            PaymentFact fact = factOf(row);
            facts.put(fact.transactionId(), fact);
        }
        return facts;
    }

    /** Every stored payment (for reconciliation: payments number in the tens of thousands a year). */
    /** Every stored payment, streamed (for reconciliation). */
    public void forEach(Consumer<PaymentFact> action) {
        jdbc.forEach("SELECT " + FACT_COLUMNS + " FROM kpi_payment", List.of(), row -> action.accept(factOf(row)));
    }

    private static PaymentFact factOf(Row row) {
        return new PaymentFact(row.string("transaction_id"), row.longValue("version"), row.string("dossier_id"),
                row.string("unit_code"), row.string("kind"), row.longValue("amount_vnd"), row.string("status"),
                row.day("paid_day"));
    }
}
