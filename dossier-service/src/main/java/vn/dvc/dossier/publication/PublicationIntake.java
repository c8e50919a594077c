package vn.dvc.dossier.publication;

import com.fasterxml.jackson.databind.JsonNode;
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
import vn.dvc.contracts.quality.ProcedurePublicationChanged;
import vn.dvc.dossier.model.ItemOutcome;
import vn.dvc.dossier.repository.PublicationStore;
import vn.dvc.dossier.service.Versioned;
import vn.dvc.problem.Causes;
import vn.dvc.problem.Problem;
import vn.dvc.problem.Violation;

/**
 * Procedure publications taken as a procedure-control system tells them, idempotent by their own id: each merged with
 * what is known ({@link PublicationTold#with}), stored when that changes anything and announced on
 * {@code quality-events} through the outbox, in one transaction.
 */
@ApplicationScoped
public class PublicationIntake {

    private static final int MAX_ATTEMPTS = 5;

    private final PublicationStore store;
    private final Outbox outbox;
    private final TransactionRetry retry;
    private final Callers callers;
    private final UnitScope tree;

    public PublicationIntake(PublicationStore store, Outbox outbox, TransactionRetry retry, Callers callers, UnitScope tree) {
        this.store = store;
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
        ItemOutcome[] refused = new ItemOutcome[nodes.size()];
        Map<Integer, PublicationTold> readable = new LinkedHashMap<>();
        Caller caller = callers.current();
        for (int index = 0; index < nodes.size(); index++) {
            PublicationForms.Read read = PublicationForms.read(nodes.get(index));
            if (read.publication() == null) {
                refused[index] = ItemOutcome.rejected(index, nodes.get(index).path("id").asText(null), Problem.invalid(read.violations()));
                continue;
            }
            List<Violation> outside = WriteScope.check(caller, "unitCode", read.publication().unitCode(), tree).stream().toList();
            if (!outside.isEmpty()) {
                refused[index] = ItemOutcome.rejected(index, read.publication().publicationId(), Problem.forbidden(outside));
                continue;
            }
            readable.put(index, read.publication());
        }
        return retry.call("publication intake", MAX_ATTEMPTS, Causes::isLockConflict, () -> {
            ItemOutcome[] outcomes = refused.clone();
            storeAll(readable, outcomes);
            List<ItemOutcome> all = List.of(outcomes);
            inTheSameTransaction.accept(all);
            return all;
        });
    }

    private void storeAll(Map<Integer, PublicationTold> told, ItemOutcome[] outcomes) {
        Collection<Versioned<PublicationTold>> changed = Versioned.merge(told, store.locked(told.values().stream()
                .map(PublicationTold::publicationId).toList()), PublicationTold::publicationId, PublicationTold::with, outcomes);
        if (changed.isEmpty()) {
            return;
        }
        Instant now = Instant.now();
        store.save(List.copyOf(changed), now);
        List<OutboxMessage> announcements = new ArrayList<>();
        for (Versioned<PublicationTold> stored : changed) {
            PublicationTold p = stored.item();
            ProcedurePublicationChanged event = new ProcedurePublicationChanged(UUID.randomUUID().toString(), now, p.publicationId(),
                    stored.version(), p.procedureCode(), p.unitCode(), p.decisionNumber(), p.decidedOn(), p.change(),
                    p.legalBasisEffectiveOn(), p.publishedAt(), p.contentParts(), p.applicantKinds());
            announcements.add(new OutboxMessage(Topic.QUALITY_EVENTS.name(), event.key(), outbox.toJson(event)));
        }
        outbox.appendAll(announcements);
    }
}
