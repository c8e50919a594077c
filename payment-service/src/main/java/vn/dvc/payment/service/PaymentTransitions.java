package vn.dvc.payment.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.dvc.problem.Violation;

/**
 * What a report does to a known transaction. A transaction's unit, kind, field, amount, provider and dossier never
 * change: another value is a conflict naming the field. Its status only moves forward — FAILED → SUCCESS → REFUNDED
 * (a refund reported before its success is taken as the later state); a status behind the stored one is a report
 * that arrived late, nothing new (docs/counting-rules.md: events arrive late, twice or out of order; figures depend only on the
 * set of events) — so a stream of reports ends in the same state, and gets the same answers, whatever its order.
 */
public final class PaymentTransitions {

    private PaymentTransitions() {
    }

    public static Judgement judge(ReportedPayment stored, ReportedPayment reported) {
        if (stored == null) {
            return new Judgement(Change.NEW, List.of());
        }
        List<Violation> conflicts = new ArrayList<>();
        unchanged("amountVnd", stored.amountVnd(), reported.amountVnd(), conflicts);
        unchanged("unitCode", stored.unitCode(), reported.unitCode(), conflicts);
        unchanged("kind", stored.kind(), reported.kind(), conflicts);
        unchanged("field", stored.field(), reported.field(), conflicts);
        unchanged("provider", stored.provider(), reported.provider(), conflicts);
        if (stored.dossierId() != null && reported.dossierId() != null) {
            unchanged("dossierId", stored.dossierId(), reported.dossierId(), conflicts);
        }
        if (!conflicts.isEmpty()) {
            return new Judgement(Change.CONFLICT, conflicts);
        }
        return new Judgement(reported.status().compareTo(stored.status()) > 0 ? Change.UPDATE : Change.DUPLICATE,
                List.of());
    }

    private static void unchanged(String field, Object stored, Object reported, List<Violation> conflicts) {
        if (!Objects.equals(stored, reported)) {
            conflicts.add(new Violation(field, "a transaction's " + field + " never changes (it is " + stored + ")"));
        }
    }

    public enum Change {
        NEW, UPDATE, DUPLICATE, CONFLICT
    }

    public record Judgement(Change change, List<Violation> conflicts) {
    }
}
