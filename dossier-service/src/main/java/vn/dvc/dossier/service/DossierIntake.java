package vn.dvc.dossier.service;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import vn.dvc.commons.identity.Callers;
import vn.dvc.commons.inbox.TransactionRetry;
import vn.dvc.commons.metrics.IntakeCounts;
import vn.dvc.dossier.model.EventOutcome;
import vn.dvc.dossier.repository.DossierEventStore.NewEvent;
import vn.dvc.dossier.repository.DossierEventStore;
import vn.dvc.problem.Causes;
import vn.dvc.problem.Problem;

/**
 * Takes portal events, one or a batch, in one transaction: each event is read and checked on its own (a rejected
 * one changes nothing, the others still count), taken once per event id (the event table is the inbox, unique
 * key), stored, and every touched dossier's events are folded again into its state, which goes to the outbox for
 * {@code dossier-events}.
 */
@ApplicationScoped
public class DossierIntake {

    private static final int MAX_ATTEMPTS = 5;

    private final DossierEventValidator validator;
    private final IntakeChecks checks;
    private final DossierEventStore store;
    private final DossierStates states;
    private final TransactionRetry retry;
    private final IntakeAdmission admission;
    private final IntakeCounts counts;
    private final Callers callers;

    public DossierIntake(DossierEventValidator validator, IntakeChecks checks, DossierEventStore store,
                         DossierStates states, TransactionRetry retry, IntakeAdmission admission, IntakeCounts counts,
                         Callers callers) {
        this.callers = callers;
        this.counts = counts;
        this.retry = retry;
        this.admission = admission;
        this.validator = validator;
        this.checks = checks;
        this.store = store;
        this.states = states;
    }

    /**
     * Deadlocks between requests for the same new dossiers are resolved by the database; the loser runs again. A
     * database that does not answer is not waited out: the request is answered 503 with Retry-After at once.
     */
    public List<EventOutcome> accept(List<JsonNode> events, boolean batch) {
        return accept(events, batch, outcomes -> { });
    }

    /**
     * As {@link #accept(List, boolean)}, and hands the outcomes to {@code inTheSameTransaction} before the transaction
     * commits: what it writes (an import's progress) commits with the events or not at all.
     */
    public List<EventOutcome> accept(List<JsonNode> events, boolean batch, Consumer<List<EventOutcome>> inTheSameTransaction) {
        return counts.counted("dossier_event", admission.admit(events.size(), () -> retry.call("dossier intake", MAX_ATTEMPTS,
                Causes::isLockConflict, () -> acceptOnce(events, batch, null, inTheSameTransaction))),
                EventOutcome::outcome, EventOutcome::problem);
    }

    /**
     * Takes groups of events all or nothing, each group on its own (a snapshot of the national portal's sync is one
     * group): when one event of a group is refused, none of the group is stored and each says why.
     */
    public List<EventOutcome> acceptGroups(List<JsonNode> events, int[] groupOf, Consumer<List<EventOutcome>> inTheSameTransaction) {
        return counts.counted("dossier_event", admission.admit(events.size(), () -> retry.call("dossier intake", MAX_ATTEMPTS,
                Causes::isLockConflict, () -> acceptOnce(events, true, groupOf, inTheSameTransaction))),
                EventOutcome::outcome, EventOutcome::problem);
    }

    private List<EventOutcome> acceptOnce(List<JsonNode> events, boolean batch, int[] groupOf,
                                          Consumer<List<EventOutcome>> inTheSameTransaction) {
        List<IntakeItem> items = IntStream.range(0, events.size()).mapToObj(IntakeItem::new).toList();
        items.forEach(item -> validator.read(events.get(item.index), item));
        markKnownAsDuplicates(items);
        Map<String, String> storedUnits = store.unitsOf(dossierIdsOf(pending(items)));
        checks.checkWriteScope(items, callers.current(), storedUnits);
        checks.checkReferences(items);
        checks.checkOpenings(items, storedUnits.keySet());
        if (groupOf != null) {
            refuseGroupsWithARefusal(items, groupOf);
        }
        markRepeatsInRequest(items);
        List<IntakeItem> candidates = pending(items);
        if (!candidates.isEmpty()) {
            store.createAndLock(dossierIdsOf(candidates));
            Set<String> taken = store.takenEventIds(candidates.stream().map(IntakeItem::eventId).toList());
            candidates.forEach(item -> {
                if (taken.contains(item.eventId())) {
                    item.duplicate();
                } else {
                    item.accept();
                }
            });
            record(items.stream().filter(IntakeItem::accepted).toList());
        }
        List<EventOutcome> outcomes = items.stream().map(item -> item.result(batch)).toList();
        inTheSameTransaction.accept(outcomes);
        return outcomes;
    }

    private void record(List<IntakeItem> accepted) {
        if (accepted.isEmpty()) {
            return;
        }
        store.insertEvents(accepted.stream().map(item -> new NewEvent(item.eventId(), item.dossierId(),
                item.event.status().name(), item.event.occurredAt(), validator.toJson(item.request))).toList());
        Map<String, List<String>> acceptedByDossier = new LinkedHashMap<>();
        accepted.forEach(item -> acceptedByDossier.computeIfAbsent(item.dossierId(), id -> new ArrayList<>()).add(item.eventId()));
        Map<String, List<RecordedEvent>> histories = new LinkedHashMap<>();
        store.payloadsByDossier(acceptedByDossier.keySet()).forEach((dossierId, payloads) ->
                histories.put(dossierId, payloads.stream().map(validator::reread).toList()));
        states.refold(histories, acceptedByDossier);
    }

    private static void refuseGroupsWithARefusal(List<IntakeItem> items, int[] groupOf) {
        Map<Integer, Problem> refused = new HashMap<>();
        items.stream().filter(item -> item.outcome() == EventOutcome.Outcome.REJECTED)
                .forEach(item -> refused.putIfAbsent(groupOf[item.index], item.problem()));
        items.stream().filter(item -> item.pending() && refused.containsKey(groupOf[item.index]))
                .forEach(item -> item.reject(refused.get(groupOf[item.index])));
    }

    /**
     * An event whose id is stored already is a duplicate before any check that only a new event needs (a receipt's due
     * time, the unit of the event that opens a dossier): the national portal's progress update of a receipt a snapshot
     * told counts once, as the step it is. A stored id is never removed, so reading it outside the dossiers' locks is safe.
     */
    private void markKnownAsDuplicates(List<IntakeItem> items) {
        List<String> ids = items.stream().map(IntakeItem::eventId).filter(id -> id != null && !id.isBlank()).distinct().toList();
        if (ids.isEmpty()) {
            return;
        }
        Set<String> known = store.knownEventIds(ids);
        items.stream().filter(item -> item.eventId() != null && known.contains(item.eventId())).forEach(IntakeItem::duplicate);
    }

    /** The same event id twice in one request counts once: the first is taken, the others are duplicates. */
    private static void markRepeatsInRequest(List<IntakeItem> items) {
        Set<String> seen = new HashSet<>();
        for (IntakeItem item : pending(items)) {
            if (!seen.add(item.eventId())) {
                item.duplicate();
            }
        }
    }

    private static List<IntakeItem> pending(List<IntakeItem> items) {
        return items.stream().filter(IntakeItem::pending).toList();
    }

    private static Set<String> dossierIdsOf(List<IntakeItem> items) {
        Set<String> ids = new HashSet<>();
        items.forEach(item -> ids.add(item.dossierId()));
        return ids;
    }
}
