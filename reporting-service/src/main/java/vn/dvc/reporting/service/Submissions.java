package vn.dvc.reporting.service;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import vn.dvc.access.identity.Caller;
import vn.dvc.commons.catalog.UnitCopy;
import vn.dvc.commons.inbox.TransactionRetry;
import vn.dvc.commons.metrics.IntakeCounts;
import vn.dvc.commons.web.ItemVerdict;
import vn.dvc.commons.web.JsonItems;
import vn.dvc.commons.web.LocalTime;
import vn.dvc.problem.Causes;
import vn.dvc.problem.Problem;
import vn.dvc.problem.Violation;
import vn.dvc.reporting.model.SubmissionOutcome.Outcome;
import vn.dvc.reporting.model.SubmissionOutcome;
import vn.dvc.reporting.model.SubmissionRequest;
import vn.dvc.reporting.repository.Obligation;
import vn.dvc.reporting.repository.ObligationRepository;
import vn.dvc.reporting.repository.ReportFormRepository;
import vn.dvc.reporting.rules.PeriodInstance;
import vn.dvc.reporting.rules.ReportForm.Assignment;
import vn.dvc.reporting.rules.ReportForm;
import vn.dvc.rules.time.PortalTime;

/**
 * Takes report submissions, one or a batch, in one transaction: each read and checked on its own against its form
 * (locked, so the form and its obligations do not change underneath), then recorded on its obligation — idempotent on
 * (form, indicator, unit, period): the same submission again is a DUPLICATE, a different time or channel a correction
 * that replaces the earlier. Each change goes to {@code report-events} through the outbox.
 */
@ApplicationScoped
public class Submissions {

    private static final int MAX_ATTEMPTS = 5;

    private final JsonItems items;
    private final ReportFormRepository forms;
    private final ObligationRepository obligations;
    private final Obligations announcer;
    private final TransactionRetry retry;
    private final UnitCopy units;
    private final Clock clock;
    private final IntakeCounts counts;

    public Submissions(JsonItems items, ReportFormRepository forms, ObligationRepository obligations,
                       Obligations announcer, TransactionRetry retry, UnitCopy units, Clock clock, IntakeCounts counts) {
        this.counts = counts;
        this.items = items;
        this.forms = forms;
        this.obligations = obligations;
        this.announcer = announcer;
        this.retry = retry;
        this.units = units;
        this.clock = clock;
    }

    /** {@code caller}: a unit key submits only for units of its subtree. */
    public List<SubmissionOutcome> accept(List<JsonNode> submissions, boolean batch, Caller caller) {
        return counts.counted("report_submission", retry.call("report submissions", MAX_ATTEMPTS,
                failure -> Causes.isTransient(failure) || Causes.isDuplicateKey(failure),
                () -> acceptOnce(submissions, batch, caller)), SubmissionOutcome::outcome, SubmissionOutcome::problem);
    }

    private List<SubmissionOutcome> acceptOnce(List<JsonNode> submissions, boolean batch, Caller caller) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, PortalTime.LOCAL_ZONE);
        List<Slot> slots = IntStream.range(0, submissions.size()).mapToObj(index -> new Slot(batch ? index : null)).toList();
        slots.forEach(slot -> read(submissions.get(slot.index == null ? 0 : slot.index), slot, now));
        if (caller.unitScoped()) {
            slots.stream().filter(Slot::pending).filter(slot -> !units.isWithin(slot.request.unitCode(), caller.unitCode()))
                    .forEach(slot -> slot.reject(Problem.forbidden(List.of(new Violation("unitCode",
                            slot.request.unitCode() + " is outside the subtree of " + caller.unitCode())))));
        }
        List<String> formCodes = slots.stream().filter(Slot::pending).map(slot -> slot.request.formCode()).distinct().toList();
        forms.lock(formCodes);
        Map<String, ReportForm> known = forms.byCodes(formCodes);
        Map<String, Set<Assignment>> assignments = new HashMap<>();
        for (Slot slot : slots.stream().filter(Slot::pending).toList()) {
            ReportForm form = known.get(slot.request.formCode());
            if (form != null) {
                check(slot, form, today, assignments.computeIfAbsent(form.code(),
                        code -> form.assignments(announcer.unitsOfTiers(form))));
            } else {
                slot.reject(Problem.unprocessable(List.of(new Violation("formCode", "form " + slot.request.formCode() + " is not known"))));
            }
        }
        List<String> ids = slots.stream().filter(Slot::pending).map(slot -> slot.obligationId).distinct().toList();
        Map<String, Obligation> stored = obligations.byIds(ids);
        Map<String, Obligation> inserted = new LinkedHashMap<>();
        Map<String, Obligation> updated = new LinkedHashMap<>();
        for (Slot slot : slots.stream().filter(Slot::pending).toList()) {
            ReportForm form = known.get(slot.request.formCode());
            String channel = slot.request.channel().name();
            Instant deadline = form.dueRule().deadlineOf(slot.instance);
            Obligation current = inserted.containsKey(slot.obligationId) ? inserted.get(slot.obligationId)
                    : updated.containsKey(slot.obligationId) ? updated.get(slot.obligationId) : stored.get(slot.obligationId);
            if (current == null) {
                Obligation created = new Obligation(slot.obligationId, form.code(), slot.assignment.indicatorCode(),
                        slot.assignment.unitCode(), slot.instance.name(), deadline, true,
                        slot.submittedAt, channel, 1);
                inserted.put(created.id(), created);
                slot.decide(Outcome.ACCEPTED, created);
            } else if (slot.submittedAt.equals(current.submittedAt()) && channel.equals(current.channel())
                    && current.expected() && deadline.equals(current.deadline())) {
                slot.decide(Outcome.DUPLICATE, current);
            } else {
                Obligation corrected = current.submitted(deadline, slot.submittedAt, channel);
                (inserted.containsKey(corrected.id()) ? inserted : updated).put(corrected.id(), corrected);
                slot.decide(current.submittedAt() == null ? Outcome.ACCEPTED : Outcome.UPDATED, corrected);
            }
        }
        obligations.insert(List.copyOf(inserted.values()), now);
        obligations.update(List.copyOf(updated.values()), now);
        List<Obligation> changed = new ArrayList<>(inserted.values());
        changed.addAll(updated.values());
        changed.stream().map(Obligation::formCode).distinct().forEach(code -> announcer.announce(known.get(code),
                changed.stream().filter(obligation -> obligation.formCode().equals(code)).toList(), now));
        return slots.stream().map(Slot::result).toList();
    }

    private void read(JsonNode node, Slot slot, Instant now) {
        JsonItems.Item<SubmissionRequest> item = items.read(node, SubmissionRequest.class);
        if (!item.readable()) {
            slot.reject(item.problem());
            return;
        }
        slot.request = item.value();
        Optional<Instant> submittedAt = PortalTime.parse(slot.request.submittedAt());
        if (submittedAt.isEmpty()) {
            slot.reject(Problem.invalid(List.of(new Violation("submittedAt", "'" + slot.request.submittedAt()
                    + "' is not an ISO-8601 time (or yyyyMMddHHmmss, local)"))));
        } else if (submittedAt.get().isAfter(now.plus(1, ChronoUnit.DAYS))) {
            slot.reject(Problem.unprocessable(List.of(new Violation("submittedAt", "is in the future"))));
        } else {
            slot.submittedAt = submittedAt.get();
        }
    }

    private static void check(Slot slot, ReportForm form, LocalDate today, Set<Assignment> assignments) {
        SubmissionRequest request = slot.request;
        List<Violation> violations = new ArrayList<>();
        String indicator = request.indicatorCode() == null || request.indicatorCode().isBlank()
                ? ReportForm.WHOLE_FORM : request.indicatorCode().trim();
        if (form.hasIndicators() && indicator.isEmpty()) {
            violations.add(new Violation("indicatorCode", "form " + form.code() + " is reported indicator by indicator: name one"));
        } else if (!form.hasIndicators() && !indicator.isEmpty()) {
            violations.add(new Violation("indicatorCode", "form " + form.code() + " has no indicators"));
        } else if (form.indicators().stream().noneMatch(known -> known.code().equals(indicator)) && !indicator.isEmpty()) {
            violations.add(new Violation("indicatorCode", "form " + form.code() + " has no indicator " + indicator));
        }
        Assignment assignment = new Assignment(indicator, request.unitCode());
        if (violations.isEmpty() && !assignments.contains(assignment)) {
            violations.add(new Violation("unitCode", "unit " + request.unitCode() + " is not assigned form " + form.code()
                    + (indicator.isEmpty() ? "" : " indicator " + indicator)));
        }
        Optional<PeriodInstance> instance = form.instance(request.period(), today);
        if (instance.isEmpty()) {
            violations.add(new Violation("period", "form " + form.code() + " (" + form.frequency() + " from "
                    + form.activeFrom() + ") has no period " + request.period() + " begun by " + today));
        } else if (slot.submittedAt.isBefore(instance.get().start().atStartOfDay(PortalTime.LOCAL_ZONE).toInstant())) {
            violations.add(new Violation("submittedAt", "is before period " + request.period() + " began"));
        }
        if (!violations.isEmpty()) {
            slot.reject(Problem.unprocessable(violations));
            return;
        }
        slot.assignment = assignment;
        slot.instance = instance.get();
        slot.obligationId = assignment.obligationId(form.code(), instance.get());
    }

    /** One submission on its way through the checks. */
    private static final class Slot extends ItemVerdict<Outcome> {

        final Integer index;
        SubmissionRequest request;
        Instant submittedAt;
        Assignment assignment;
        PeriodInstance instance;
        String obligationId;
        Obligation recorded;

        Slot(Integer index) {
            super(Outcome.REJECTED);
            this.index = index;
        }

        void decide(Outcome decided, Obligation obligation) {
            decide(decided);
            recorded = obligation;
        }

        SubmissionOutcome result() {
            if (recorded == null) {
                return new SubmissionOutcome(index, obligationId, outcome(), null, null, problem());
            }
            return new SubmissionOutcome(index, recorded.id(), outcome(), LocalTime.of(recorded.deadline()),
                    recorded.state().onTime(), null);
        }
    }
}
