package vn.dvc.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;
import vn.dvc.commons.catalog.UnitCopy;
import vn.dvc.commons.inbox.TransactionRetry;
import vn.dvc.commons.outbox.Outbox;
import vn.dvc.commons.outbox.OutboxMessage;
import vn.dvc.contracts.Topic;
import vn.dvc.contracts.report.ReportObligationChanged;
import vn.dvc.reporting.repository.Obligation;
import vn.dvc.reporting.repository.ObligationRepository;
import vn.dvc.reporting.repository.ReportFormRepository;
import vn.dvc.reporting.rules.PeriodInstance;
import vn.dvc.reporting.rules.ReportForm.Assignment;
import vn.dvc.reporting.rules.ReportForm;
import vn.dvc.rules.CopiedUnit;

/**
 * Keeps each form's obligations in step with the form, its assignees and the calendar: one obligation per
 * assignment and period instance begun so far; withdrawn (no longer expected) when the unit is no longer assigned;
 * a new deadline when the rule changed. Every change goes to {@code report-events} through the outbox, in the same
 * transaction, with the obligation's next version.
 */
@ApplicationScoped
public class Obligations {

    private static final Logger LOG = Logger.getLogger(Obligations.class);
    private static final int MAX_ATTEMPTS = 5;
    /** A pass takes at most this many units and about this many obligations (a daily form with indicators: few units). */
    private static final int UNITS_AT_A_TIME = 200;
    private static final int OBLIGATIONS_AT_A_TIME = 20_000;

    private final ReportFormRepository forms;
    private final ObligationRepository obligations;
    private final UnitCopy units;
    private final Outbox outbox;
    private final TransactionRetry retry;

    public Obligations(ReportFormRepository forms, ObligationRepository obligations, UnitCopy units, Outbox outbox,
                       TransactionRetry retry) {
        this.forms = forms;
        this.obligations = obligations;
        this.units = units;
        this.outbox = outbox;
        this.retry = retry;
    }

    /** Every form, each in its own transaction (a form's failure does not hold the others back). */
    public int materializeAll(LocalDate today) {
        int changed = 0;
        for (ReportForm form : forms.all()) {
            try {
                changed += retry.call("obligations of " + form.code(), MAX_ATTEMPTS, () -> {
                    forms.lock(List.of(form.code()));
                    return forms.find(form.code()).map(current -> materialize(current, today, Instant.now())).orElse(0);
                });
            } catch (RuntimeException failure) {
                LOG.errorf("Obligations of form %s not brought up to date: %s", form.code(), failure.getMessage());
            }
        }
        return changed;
    }

    /**
     * The form must be locked by the caller's transaction. Answers how many obligations changed. A bounded number of
     * units' obligations at a time, so what is held in memory stays bounded, not by the units and periods the form
     * ever had.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int materialize(ReportForm form, LocalDate today, Instant now) {
        Map<String, List<Assignment>> assignmentsByUnit = new LinkedHashMap<>();
        form.assignments(unitsOfTiers(form)).forEach(assignment ->
                assignmentsByUnit.computeIfAbsent(assignment.unitCode(), unit -> new ArrayList<>()).add(assignment));
        Map<PeriodInstance, Instant> deadlines = new LinkedHashMap<>();
        form.instancesBegunBy(today).forEach(instance -> deadlines.put(instance, form.dueRule().deadlineOf(instance)));
        Set<String> units = new LinkedHashSet<>(assignmentsByUnit.keySet());
        units.addAll(obligations.unitsOwing(form.code()));
        List<String> all = List.copyOf(units);
        int perUnit = deadlines.size() * assignmentsByUnit.values().stream().mapToInt(List::size).max().orElse(1);
        int unitsAtATime = Math.max(1, Math.min(UNITS_AT_A_TIME, OBLIGATIONS_AT_A_TIME / Math.max(1, perUnit)));
        int changed = 0;
        for (int start = 0; start < all.size(); start += unitsAtATime) {
            List<String> chunk = all.subList(start, Math.min(all.size(), start + unitsAtATime));
            changed += materialize(form, chunk, assignmentsByUnit, deadlines, now);
        }
        return changed;
    }

    /**
     * One assignment and period instance begun so far, one obligation: new ones inserted, those whose deadline moved
     * or that were withdrawn owed again, those of units no longer assigned withdrawn.
     */
    private int materialize(ReportForm form, List<String> units, Map<String, List<Assignment>> assignmentsByUnit,
                            Map<PeriodInstance, Instant> deadlines, Instant now) {
        Map<String, Obligation> stored = obligations.ofForm(form.code(), units);
        List<Obligation> inserted = new ArrayList<>();
        List<Obligation> updated = new ArrayList<>();
        Set<String> owed = new HashSet<>();
        for (String unit : units) {
            for (Assignment assignment : assignmentsByUnit.getOrDefault(unit, List.of())) {
                deadlines.forEach((instance, deadline) -> {
                    String id = assignment.obligationId(form.code(), instance);
                    owed.add(id);
                    Obligation existing = stored.get(id);
                    if (existing == null) {
                        inserted.add(new Obligation(id, form.code(), assignment.indicatorCode(), assignment.unitCode(),
                                instance.name(), deadline, true, null, null, 1));
                    } else if (!existing.expected() || !existing.deadline().equals(deadline)) {
                        updated.add(existing.expectedBy(deadline));
                    }
                });
            }
        }
        stored.values().stream().filter(Obligation::expected).filter(existing -> !owed.contains(existing.id()))
                .forEach(existing -> updated.add(existing.withdrawn()));
        obligations.insert(inserted, now);
        obligations.update(updated, now);
        List<Obligation> changed = new ArrayList<>(inserted);
        changed.addAll(updated);
        announce(form, changed, now);
        return changed.size();
    }

    /** Puts each changed obligation of the form in the outbox for {@code report-events}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void announce(ReportForm form, List<Obligation> changed, Instant now) {
        outbox.appendAll(changed.stream().map(obligation -> {
            ReportObligationChanged event = new ReportObligationChanged(UUID.randomUUID().toString(), now,
                    obligation.id(), obligation.version(), form.code(), form.system().name(), obligation.unitCode(),
                    obligation.period(), obligation.deadline(), obligation.submittedAt(), obligation.channel(),
                    obligation.expected());
            return new OutboxMessage(Topic.REPORT_EVENTS.name(), event.key(), outbox.toJson(event));
        }).toList());
    }

    /** The units of the form's tiers, as reporting-service's copy of the tree has them now. */
    public List<String> unitsOfTiers(ReportForm form) {
        if (form.tiers().isEmpty()) {
            return List.of();
        }
        return units.all().stream().filter(unit -> form.tiers().contains(unit.tier().name())).map(CopiedUnit::code).toList();
    }
}
