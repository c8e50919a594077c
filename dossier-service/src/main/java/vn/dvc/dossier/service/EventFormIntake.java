package vn.dvc.dossier.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import vn.dvc.dossier.model.EventOutcome;
import vn.dvc.problem.Problem;
import vn.dvc.problem.Violation;

/**
 * Items of another system's form, each one dossier event through the one intake (its rules, idempotency and outbox);
 * a refused item's problem names the form's fields, not the suite's.
 */
@ApplicationScoped
public class EventFormIntake {

    private final DossierIntake intake;

    public EventFormIntake(DossierIntake intake) {
        this.intake = intake;
    }

    /**
     * @param fieldNames the suite's event fields and the form's names for them, for the problems of refused items
     * @param idField    the form's field that names the dossier, on an item refused before it became an event
     */
    public List<EventOutcome> accept(List<JsonNode> items, Function<JsonNode, EventForm> reader, Map<String, String> fieldNames,
                                     String idField) {
        return accept(items, reader, fieldNames, idField, outcomes -> { });
    }

    /**
     * As {@link #accept(List, Function, Map, String)}, and hands every item's outcome to {@code inTheSameTransaction}
     * before the intake's transaction commits (an import's progress commits with its rows).
     */
    public List<EventOutcome> accept(List<JsonNode> items, Function<JsonNode, EventForm> reader, Map<String, String> fieldNames,
                                     String idField, Consumer<List<EventOutcome>> inTheSameTransaction) {
        List<JsonNode> events = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        EventOutcome[] outcomes = new EventOutcome[items.size()];
        for (int index = 0; index < items.size(); index++) {
            EventForm form = reader.apply(items.get(index));
            if (form.event() == null) {
                outcomes[index] = new EventOutcome(index, null, items.get(index).path(idField).asText(null),
                        EventOutcome.Outcome.REJECTED, Problem.invalid(form.violations()));
            } else {
                events.add(form.event());
                positions.add(index);
            }
        }
        if (events.isEmpty()) {
            List<EventOutcome> all = List.of(outcomes);
            QuarkusTransaction.requiringNew().run(() -> inTheSameTransaction.accept(all));
            return all;
        }
        List<List<EventOutcome>> answered = new ArrayList<>(1);
        intake.accept(events, true, taken -> {
            EventOutcome[] all = outcomes.clone();
            for (int i = 0; i < taken.size(); i++) {
                EventOutcome outcome = taken.get(i);
                int index = positions.get(i);
                all[index] = new EventOutcome(index, outcome.eventId(), outcome.dossierId(), outcome.outcome(),
                        outcome.problem() == null ? null : renamed(outcome.problem(), fieldNames));
            }
            answered.clear();
            answered.add(List.of(all));
            inTheSameTransaction.accept(answered.get(0));
        });
        return answered.get(0);
    }

    /** A problem of the suite's intake, its fields named as the form names them. */
    public static Problem renamed(Problem problem, Map<String, String> fieldNames) {
        if (problem.violations() == null || problem.violations().isEmpty()) {
            return problem;
        }
        List<Violation> renamed = problem.violations().stream()
                .map(violation -> new Violation(fieldNames.getOrDefault(violation.field(), violation.field()), violation.message())).toList();
        return new Problem(problem.type(), problem.title(), problem.status(), Problem.describe(renamed), problem.instance(), renamed);
    }
}
