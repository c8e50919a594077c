package vn.dvc.dossier.imports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import vn.dvc.dossier.feedback.FeedbackIntake;
import vn.dvc.dossier.model.ItemOutcome;

/** Rows of feedback items, each its time columns made the item's steps, as a batch of the feedback endpoint. */
@ApplicationScoped
public class FeedbackSink implements ImportSink {

    /** Each step's column, in the order steps are listed. */
    private static final Map<String, String> STEP_COLUMNS = Map.of("transferredAt", "TRANSFERRED", "refusedAt", "REFUSED",
            "supplementRequestedAt", "SUPPLEMENT_REQUESTED", "handledAt", "HANDLED", "publishedAt", "PUBLISHED");

    private final FeedbackIntake intake;

    public FeedbackSink(FeedbackIntake intake) {
        this.intake = intake;
    }

    @Override
    public String kind() {
        return ImportKind.FEEDBACK_ITEMS.name();
    }

    @Override
    public void take(List<ObjectNode> items, Consumer<List<RowOutcome>> commit) {
        items.forEach(FeedbackSink::withSteps);
        intake.accept(List.<JsonNode>copyOf(items), outcomes -> commit.accept(outcomes.stream().map(FeedbackSink::outcome).toList()));
    }

    private static void withSteps(ObjectNode row) {
        ArrayNode steps = row.putArray("steps");
        JsonNode transferredTo = row.remove("transferredTo");
        STEP_COLUMNS.forEach((column, kind) -> {
            JsonNode at = row.remove(column);
            if (at != null && !at.isNull()) {
                ObjectNode step = steps.addObject().put("kind", kind).put("at", at.asText());
                if (kind.equals("TRANSFERRED") && transferredTo != null) {
                    step.put("toUnit", transferredTo.asText());
                }
            }
        });
    }

    static RowOutcome outcome(ItemOutcome outcome) {
        return switch (outcome.outcome()) {
            case ACCEPTED, UPDATED -> RowOutcome.ACCEPTED;
            case DUPLICATE -> RowOutcome.DUPLICATE;
            case REJECTED -> RowOutcome.rejected(RejectionReasons.of(outcome.problem()));
        };
    }
}
