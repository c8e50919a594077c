package vn.dvc.payment.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.dvc.commons.problem.Violation;
import vn.dvc.payment.rest.dto.PaymentStatus;

/**
 * What a report does to a known transaction. A transaction's unit, kind, field, amount, provider and dossier never
 * change; its status only moves forward — FAILED → SUCCESS → REFUNDED (a refund reported before its success is
 * taken as the later state) — so a stream of reports ends in the same state whatever order it arrives in. Anything
 * else is a conflict naming the field.
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
        if (reported.status().compareTo(stored.status()) < 0) {
            conflicts.add(new Violation("status", "transaction " + reported.transactionId() + " cannot go from "
                    + stored.status() + " back to " + reported.status()));
        }
        if (!conflicts.isEmpty()) {
            return new Judgement(Change.CONFLICT, conflicts);
        }
        return new Judgement(reported.status() == stored.status() ? Change.DUPLICATE : Change.UPDATE, List.of());
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
