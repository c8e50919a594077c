package vn.dvc.payment.service;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;
import vn.dvc.access.identity.Caller;
import vn.dvc.commons.catalog.UnitCopy;
import vn.dvc.commons.identity.Callers;
import vn.dvc.commons.identity.WriteScope;
import vn.dvc.commons.inbox.TransactionRetry;
import vn.dvc.commons.metrics.IntakeCounts;
import vn.dvc.commons.outbox.Outbox;
import vn.dvc.commons.outbox.OutboxMessage;
import vn.dvc.commons.web.ItemVerdict;
import vn.dvc.commons.web.JsonItems;
import vn.dvc.contracts.Topic;
import vn.dvc.contracts.payment.PaymentRecorded;
import vn.dvc.payment.entity.Payment;
import vn.dvc.payment.model.PaymentOutcome.Outcome;
import vn.dvc.payment.model.PaymentOutcome;
import vn.dvc.payment.model.PaymentRequest;
import vn.dvc.payment.model.PaymentStatus;
import vn.dvc.payment.repository.PaymentRepository;
import vn.dvc.payment.service.PaymentTransitions.Judgement;
import vn.dvc.problem.Causes;
import vn.dvc.problem.Problem;
import vn.dvc.problem.Violation;
import vn.dvc.rules.CopiedUnit;
import vn.dvc.rules.time.PortalTime;

/**
 * Takes reported transactions, one or a batch, in one transaction: each read and checked on its own (a rejected one
 * changes nothing, the others count), judged against the stored transaction (locked) by {@link PaymentTransitions},
 * stored, and each change put in the outbox for {@code payment-events}. Two requests creating the same transaction
 * at once: the loser's insert fails on the key, and it runs again and sees the winner's row.
 */
@ApplicationScoped
public class PaymentIntake {

    private static final int MAX_ATTEMPTS = 5;
    private static final Instant EARLIEST_PLAUSIBLE = LocalDate.of(2000, 1, 1).atStartOfDay(PortalTime.LOCAL_ZONE).toInstant();

    private final JsonItems items;
    private final UnitCopy units;
    private final PaymentRepository payments;
    private final Outbox outbox;
    private final TransactionRetry retry;
    private final IntakeCounts counts;
    private final Callers callers;

    public PaymentIntake(JsonItems items, UnitCopy units, PaymentRepository payments, Outbox outbox,
                         TransactionRetry retry, IntakeCounts counts, Callers callers) {
        this.counts = counts;
        this.callers = callers;
        this.items = items;
        this.units = units;
        this.payments = payments;
        this.outbox = outbox;
        this.retry = retry;
    }

    public List<PaymentOutcome> accept(List<JsonNode> reports, boolean batch) {
        return counts.counted("payment", retry.call("payment intake", MAX_ATTEMPTS,
                failure -> Causes.isTransient(failure) || Causes.isDuplicateKey(failure),
                () -> acceptOnce(reports, batch)), PaymentOutcome::outcome, PaymentOutcome::problem);
    }

    private List<PaymentOutcome> acceptOnce(List<JsonNode> reports, boolean batch) {
        List<Slot> slots = IntStream.range(0, reports.size()).mapToObj(index -> new Slot(index, batch)).toList();
        slots.forEach(slot -> read(reports.get(slot.index), slot));
        Map<String, CopiedUnit> knownUnits = units.byCodes(slots.stream().filter(Slot::pending)
                .map(slot -> slot.reported.unitCode()).distinct().toList());
        slots.stream().filter(Slot::pending).filter(slot -> !knownUnits.containsKey(slot.reported.unitCode()))
                .forEach(slot -> slot.reject(Problem.unprocessable(List.of(new Violation("unitCode",
                        "unit " + slot.reported.unitCode() + " is not known")))));
        // a province's key reports its province's transactions only (docs/security.md)
        Caller caller = callers.current();
        slots.stream().filter(Slot::pending).forEach(slot -> WriteScope.check(caller, "unitCode", slot.reported.unitCode(), units::isWithin)
                .ifPresent(outside -> slot.reject(Problem.forbidden(List.of(outside)))));
        List<String> transactionIds = slots.stream().filter(Slot::pending).map(slot -> slot.reported.transactionId())
                .distinct().sorted().toList();
        if (transactionIds.isEmpty()) {
            return slots.stream().map(Slot::result).toList();
        }
        payments.lockInKeyOrder(transactionIds);
        Map<String, Payment> stored = new HashMap<>(payments.byTransactionIds(transactionIds));
        List<OutboxMessage> announcements = new ArrayList<>();
        Instant now = Instant.now();
        for (Slot slot : slots.stream().filter(Slot::pending).toList()) {
            Payment payment = stored.get(slot.reported.transactionId());
            Judgement judgement = PaymentTransitions.judge(payment == null ? null : reportedOf(payment), slot.reported);
            switch (judgement.change()) {
                case CONFLICT -> slot.reject(Problem.conflict(judgement.conflicts()));
                case DUPLICATE -> slot.decide(Outcome.DUPLICATE);
                case NEW -> {
                    payment = created(slot.reported, now);
                    stored.put(payment.transactionId, payment);
                    slot.decide(Outcome.ACCEPTED);
                }
                case UPDATE -> {
                    payment.status = slot.reported.status().name();
                    payment.version++;
                    payment.updatedAt = now;
                    slot.decide(Outcome.UPDATED);
                }
            }
            if (slot.changed()) {
                PaymentRecorded event = new PaymentRecorded(UUID.randomUUID().toString(), now, payment.transactionId,
                        payment.version, payment.dossierId, payment.unitCode, knownUnits.get(payment.unitCode).tier(),
                        payment.field, payment.kind, payment.amountVnd, payment.status, payment.paidAt, payment.provider);
                announcements.add(new OutboxMessage(Topic.PAYMENT_EVENTS.name(), event.key(), outbox.toJson(event)));
            }
        }
        outbox.appendAll(announcements);
        return slots.stream().map(Slot::result).toList();
    }

    private void read(JsonNode node, Slot slot) {
        JsonItems.Item<PaymentRequest> item = items.read(node, PaymentRequest.class);
        slot.request = item.value();
        if (!item.readable()) {
            slot.reject(item.problem());
            return;
        }
        PaymentRequest request = item.value();
        Optional<Instant> paidAt = PortalTime.parse(request.paidAt());
        if (paidAt.isEmpty()) {
            slot.reject(Problem.invalid(List.of(new Violation("paidAt", "'" + request.paidAt()
                    + "' is not an ISO-8601 time (or yyyyMMddHHmmss, local)"))));
            return;
        }
        if (paidAt.get().isBefore(EARLIEST_PLAUSIBLE) || paidAt.get().isAfter(Instant.now().plus(1, ChronoUnit.DAYS))) {
            slot.reject(Problem.unprocessable(List.of(new Violation("paidAt", "is not a plausible time (before 2000 or after tomorrow)"))));
            return;
        }
        slot.reported = new ReportedPayment(request.transactionId(), request.dossierId(), request.unitCode(),
                request.field(), request.kind().name(), request.amountVnd().longValueExact(), request.status(),
                paidAt.get(), request.provider());
    }

    private Payment created(ReportedPayment reported, Instant now) {
        Payment payment = new Payment();
        payment.transactionId = reported.transactionId();
        payment.version = 1;
        payment.dossierId = reported.dossierId();
        payment.unitCode = reported.unitCode();
        payment.field = reported.field();
        payment.kind = reported.kind();
        payment.amountVnd = reported.amountVnd();
        payment.status = reported.status().name();
        payment.paidAt = reported.paidAt();
        payment.paidDay = reported.paidAt().atZone(PortalTime.LOCAL_ZONE).toLocalDate();
        payment.provider = reported.provider();
        payment.updatedAt = now;
        payments.persist(payment);
        return payment;
    }

    private static ReportedPayment reportedOf(Payment payment) {
        return new ReportedPayment(payment.transactionId, payment.dossierId, payment.unitCode, payment.field,
                payment.kind, payment.amountVnd, PaymentStatus.valueOf(payment.status), payment.paidAt,
                payment.provider);
    }

    /** One reported transaction on its way through the checks. */
    private static final class Slot extends ItemVerdict<Outcome> {

        final int index;
        final boolean batch;
        PaymentRequest request;
        ReportedPayment reported;

        Slot(int index, boolean batch) {
            super(Outcome.REJECTED);
            this.index = index;
            this.batch = batch;
        }

        boolean changed() {
            return outcome() == Outcome.ACCEPTED || outcome() == Outcome.UPDATED;
        }

        PaymentOutcome result() {
            String status = reported == null ? null : reported.status().name();
            return new PaymentOutcome(batch ? index : null, request == null ? null : request.transactionId(), outcome(),
                    status, problem());
        }
    }
}
