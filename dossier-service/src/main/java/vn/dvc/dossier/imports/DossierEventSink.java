package vn.dvc.dossier.imports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Consumer;
import vn.dvc.contracts.dossier.DossierStatus;
import vn.dvc.dossier.dvcqg.SnapshotEvents;
import vn.dvc.dossier.imports.ImportKind;
import vn.dvc.dossier.model.EventOutcome;
import vn.dvc.dossier.service.DossierIntake;

/**
 * Rows of dossier events into the one dossier intake, as a batch of the batch endpoint. A row without an event id
 * gets the id a national portal snapshot's same step has (dossier, status, time), so a file and a sync that tell the
 * same step count it once, and the same file twice is all duplicates.
 */
@ApplicationScoped
public class DossierEventSink implements ImportSink {

    private final DossierIntake intake;

    public DossierEventSink(DossierIntake intake) {
        this.intake = intake;
    }

    @Override
    public String kind() {
        return ImportKind.DOSSIER_EVENTS.name();
    }

    @Override
    public void take(List<ObjectNode> items, Consumer<List<RowOutcome>> commit) {
        items.stream().filter(item -> !item.hasNonNull("eventId")).forEach(DossierEventSink::deriveEventId);
        intake.accept(List.<JsonNode>copyOf(items), true, outcomes -> commit.accept(outcomes.stream().map(DossierEventSink::outcome).toList()));
    }

    private static void deriveEventId(ObjectNode item) {
        String status = DossierStatus.parse(item.path("status").asText()).map(Enum::name).orElse(item.path("status").asText());
        // the row reader wrote occurredAt as ISO-8601 with its offset
        item.put("eventId", SnapshotEvents.eventId(item.path("dossierId").asText(), status,
                OffsetDateTime.parse(item.path("occurredAt").asText()).toInstant()));
    }

    static RowOutcome outcome(EventOutcome outcome) {
        return switch (outcome.outcome()) {
            case ACCEPTED -> RowOutcome.ACCEPTED;
            case DUPLICATE -> RowOutcome.DUPLICATE;
            case REJECTED -> RowOutcome.rejected(RejectionReasons.of(outcome.problem()));
        };
    }
}
