package vn.dvc.dossier.feedback;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import vn.dvc.access.identity.Caller;
import vn.dvc.commons.identity.Callers;
import vn.dvc.commons.identity.UnitScope;
import vn.dvc.commons.identity.WriteScope;
import vn.dvc.commons.inbox.TransactionRetry;
import vn.dvc.commons.outbox.Outbox;
import vn.dvc.commons.outbox.OutboxMessage;
import vn.dvc.contracts.Topic;
import vn.dvc.contracts.quality.FeedbackItemChanged;
import vn.dvc.dossier.dvcqg.SnapshotEvents;
import vn.dvc.dossier.model.EventOutcome;
import vn.dvc.dossier.model.ItemOutcome;
import vn.dvc.dossier.repository.FeedbackStore;
import vn.dvc.dossier.service.DossierIntake;
import vn.dvc.dossier.service.EventFormIntake;
import vn.dvc.dossier.service.Versioned;
import vn.dvc.problem.Causes;
import vn.dvc.problem.Problem;
import vn.dvc.problem.Violation;

/**
 * Feedback items (phản ánh, kiến nghị) taken as feedback systems tell them, in any order and as often as they like:
 * each told item merged with what is known of it ({@link FeedbackTold#with}), stored when that changes anything, and
 * announced on {@code quality-events} through the outbox. An item about a dossier marks that dossier
 * ({@code FEEDBACK_RAISED}, event id {@code feedback/<item id>}) through the one dossier intake, in the same
 * transaction: the item and its mark are stored together or not at all.
 */
@ApplicationScoped
public class FeedbackIntake {

    private static final int MAX_ATTEMPTS = 5;

    private final FeedbackStore store;
    private final DossierIntake dossiers;
    private final Outbox outbox;
    private final TransactionRetry retry;
    private final Callers callers;
    private final UnitScope tree;

    public FeedbackIntake(FeedbackStore store, DossierIntake dossiers, Outbox outbox, TransactionRetry retry, Callers callers,
                          UnitScope tree) {
        this.store = store;
        this.dossiers = dossiers;
        this.outbox = outbox;
        this.retry = retry;
        this.callers = callers;
        this.tree = tree;
    }

    public List<ItemOutcome> accept(List<JsonNode> nodes) {
        return accept(nodes, outcomes -> { });
    }

    /** As {@link #accept(List)}, handing the outcomes to {@code inTheSameTransaction} before it commits. */
    public List<ItemOutcome> accept(List<JsonNode> nodes, Consumer<List<ItemOutcome>> inTheSameTransaction) {
        ItemOutcome[] outcomes = new ItemOutcome[nodes.size()];
        Map<Integer, FeedbackTold> readable = new LinkedHashMap<>();
        Caller caller = callers.current();
        for (int index = 0; index < nodes.size(); index++) {
            FeedbackForms.Read read = FeedbackForms.read(nodes.get(index));
            List<Violation> violations = read.item() == null ? read.violations() : outsideScope(read.item(), caller);
            if (!violations.isEmpty()) {
                Problem problem = read.item() == null ? Problem.invalid(violations) : Problem.forbidden(violations);
                outcomes[index] = ItemOutcome.rejected(index, nodes.get(index).path("id").asText(null), problem);
            } else {
                readable.put(index, read.item());
            }
        }
        List<JsonNode> marks = new ArrayList<>();
        List<Integer> markOf = new ArrayList<>();
        readable.forEach((index, item) -> {
            if (item.dossierId() != null) {
                marks.add(JsonNodeFactory.instance.objectNode().put("eventId", "feedback/" + item.itemId())
                        .put("dossierId", item.dossierId()).put("status", "FEEDBACK_RAISED")
                        .put("occurredAt", SnapshotEvents.iso(item.receivedAt())));
                markOf.add(index);
            }
        });
        List<List<ItemOutcome>> answered = new ArrayList<>(1);
        Consumer<List<EventOutcome>> storeWithTheMarks = marked -> {
            ItemOutcome[] all = outcomes.clone();
            Map<Integer, FeedbackTold> taken = new LinkedHashMap<>(readable);
            for (int i = 0; i < marked.size(); i++) {
                if (marked.get(i).outcome() == EventOutcome.Outcome.REJECTED) {
                    int index = markOf.get(i);
                    taken.remove(index);
                    all[index] = ItemOutcome.rejected(index, readable.get(index).itemId(),
                            renamedForTheItem(marked.get(i).problem()));
                }
            }
            storeAll(taken, all);
            answered.clear();
            answered.add(List.of(all));
            inTheSameTransaction.accept(answered.get(0));
        };
        if (marks.isEmpty()) {
            retry.call("feedback intake", MAX_ATTEMPTS, Causes::isLockConflict, () -> {
                storeWithTheMarks.accept(List.of());
                return null;
            });
        } else {
            dossiers.accept(marks, true, storeWithTheMarks);
        }
        return answered.get(0);
    }

    private List<Violation> outsideScope(FeedbackTold item, Caller caller) {
        List<Violation> violations = new ArrayList<>();
        WriteScope.check(caller, "unitCode", item.unitCode(), tree).ifPresent(violations::add);
        for (int i = 0; i < item.steps().size(); i++) {
            if (item.steps().get(i).toUnit() != null) {
                WriteScope.check(caller, "steps[" + i + "].toUnit", item.steps().get(i).toUnit(), tree).ifPresent(violations::add);
            }
        }
        return violations;
    }

    /** Each item merged with what is known of it; stored and announced when that changes anything. */
    private void storeAll(Map<Integer, FeedbackTold> told, ItemOutcome[] outcomes) {
        Collection<Versioned<FeedbackTold>> changed = Versioned.merge(told, store.locked(told.values().stream()
                .map(FeedbackTold::itemId).toList()), FeedbackTold::itemId, FeedbackTold::with, outcomes);
        if (changed.isEmpty()) {
            return;
        }
        Instant now = Instant.now();
        store.save(List.copyOf(changed), now);
        List<OutboxMessage> announcements = new ArrayList<>();
        for (Versioned<FeedbackTold> stored : changed) {
            FeedbackTold item = stored.item();
            FeedbackItemChanged event = new FeedbackItemChanged(UUID.randomUUID().toString(), now, item.itemId(), stored.version(),
                    item.unitCode(), item.receivedAt(), item.steps(), item.likes(), item.dislikes(), item.reRaised(), item.dossierId());
            announcements.add(new OutboxMessage(Topic.QUALITY_EVENTS.name(), event.key(), outbox.toJson(event)));
        }
        outbox.appendAll(announcements);
    }

    /** The dossier intake's problem with the item's own field names. */
    private static Problem renamedForTheItem(Problem problem) {
        return EventFormIntake.renamed(problem, Map.of("unitCode", "dossierId", "eventId", "id",
                "occurredAt", "receivedAt"));
    }
}
