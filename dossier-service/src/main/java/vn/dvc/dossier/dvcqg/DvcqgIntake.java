package vn.dvc.dossier.dvcqg;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import vn.dvc.dossier.model.EventOutcome;
import vn.dvc.dossier.repository.DossierEventStore;
import vn.dvc.dossier.repository.UnitCodeMap;
import vn.dvc.dossier.service.DossierIntake;
import vn.dvc.dossier.service.EventFormIntake;
import vn.dvc.problem.Problem;
import vn.dvc.problem.Violation;

/**
 * The national portal's sync payload taken as it is (docs/dvcqg-sync.md): each snapshot is read (its personal fields
 * never copied), checked against what is known of its dossier, turned into the steps it implies and taken through the
 * one dossier intake, all of a snapshot's steps or none — the same rules, idempotency and outbox as the batch
 * endpoint.
 */
@ApplicationScoped
public class DvcqgIntake {

    /** The suite's event fields and the DVCQG fields a problem names instead. */
    private static final Map<String, String> FIELD_NAMES = Map.of("unitCode", "DonViXuLy", "serviceCode", "MaTTHC",
            "channel", "KenhThucHien", "dueAt", "NgayHenTra", "newDueAt", "DanhSachHoSoBoSung.NgayHenTraMoi",
            "dossierId", "MaHoSo", "occurredAt", "NgayTiepNhan");

    private final DossierIntake intake;
    private final EventFormIntake forms;
    private final UnitCodeMap unitCodes;
    private final DossierEventStore events;

    public DvcqgIntake(DossierIntake intake, EventFormIntake forms, UnitCodeMap unitCodes, DossierEventStore events) {
        this.intake = intake;
        this.forms = forms;
        this.unitCodes = unitCodes;
        this.events = events;
    }

    public List<SnapshotOutcome> accept(List<JsonNode> nodes) {
        return accept(nodes, outcomes -> { });
    }

    /**
     * As {@link #accept(List)}, and hands the snapshots' outcomes to {@code inTheSameTransaction} before the intake's
     * transaction commits (an import's progress commits with its rows).
     */
    public List<SnapshotOutcome> accept(List<JsonNode> nodes, Consumer<List<SnapshotOutcome>> inTheSameTransaction) {
        List<DossierSnapshot.Read> reads = nodes.stream().map(DossierSnapshot::read).toList();
        List<DossierSnapshot> readable = reads.stream().filter(DossierSnapshot.Read::readable).map(DossierSnapshot.Read::snapshot).toList();
        Map<String, String> units = unitCodes.unitsOf(readable.stream().map(DossierSnapshot::donViXuLy).filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        Map<String, SnapshotContradictions.Known> known = known(readable.stream().map(DossierSnapshot::maHoSo).collect(Collectors.toSet()));

        SnapshotOutcome[] outcomes = new SnapshotOutcome[nodes.size()];
        List<JsonNode> events = new ArrayList<>();
        List<Integer> groups = new ArrayList<>();
        for (int index = 0; index < nodes.size(); index++) {
            DossierSnapshot.Read read = reads.get(index);
            if (!read.readable()) {
                outcomes[index] = SnapshotOutcome.rejected(index, nodes.get(index).path("MaHoSo").asText(null), Problem.invalid(read.violations()));
                continue;
            }
            DossierSnapshot snapshot = read.snapshot();
            Optional<Violation> contradiction = Optional.ofNullable(known.get(snapshot.maHoSo()))
                    .flatMap(knownDossier -> SnapshotContradictions.find(snapshot, knownDossier));
            if (contradiction.isPresent()) {
                outcomes[index] = SnapshotOutcome.rejected(index, snapshot.maHoSo(), Problem.unprocessable(List.of(contradiction.get())));
                continue;
            }
            List<ObjectNode> steps = SnapshotEvents.of(snapshot, snapshot.donViXuLy() == null ? null : units.get(snapshot.donViXuLy()));
            if (steps.isEmpty()) {
                outcomes[index] = new SnapshotOutcome(index, snapshot.maHoSo(), SnapshotOutcome.Outcome.NOT_RECEIVED, 0, 0, null);
            }
            for (ObjectNode step : steps) {
                events.add(step);
                groups.add(index);
            }
        }
        if (events.isEmpty()) {
            List<SnapshotOutcome> all = List.of(outcomes);
            QuarkusTransaction.requiringNew().run(() -> inTheSameTransaction.accept(all));
            return all;
        }
        SnapshotOutcome[][] answered = new SnapshotOutcome[1][];
        intake.acceptGroups(events, groups.stream().mapToInt(Integer::intValue).toArray(), taken -> {
            answered[0] = withSteps(outcomes.clone(), reads, groups, taken);
            inTheSameTransaction.accept(List.of(answered[0]));
        });
        return List.of(answered[0]);
    }

    private static SnapshotOutcome[] withSteps(SnapshotOutcome[] outcomes, List<DossierSnapshot.Read> reads, List<Integer> groups,
                                               List<EventOutcome> taken) {
        Map<Integer, List<EventOutcome>> bySnapshot = new HashMap<>();
        for (int i = 0; i < taken.size(); i++) {
            bySnapshot.computeIfAbsent(groups.get(i), group -> new ArrayList<>()).add(taken.get(i));
        }
        bySnapshot.forEach((index, stepOutcomes) -> outcomes[index] = summary(index, reads.get(index).snapshot().maHoSo(), stepOutcomes));
        return outcomes;
    }

    /** Progress updates, each one step through the one intake; a refused one names its DVCQG field. */
    public List<EventOutcome> acceptProgress(List<JsonNode> updates) {
        return forms.accept(updates, ProgressUpdates::read, FIELD_NAMES, "MaHoSo");
    }

    private static SnapshotOutcome summary(int index, String maHoSo, List<EventOutcome> steps) {
        Optional<Problem> refused = steps.stream().filter(step -> step.outcome() == EventOutcome.Outcome.REJECTED)
                .map(EventOutcome::problem).findFirst();
        if (refused.isPresent()) {
            return SnapshotOutcome.rejected(index, maHoSo, inDvcqgNames(refused.get()));
        }
        int accepted = (int) steps.stream().filter(step -> step.outcome() == EventOutcome.Outcome.ACCEPTED).count();
        return new SnapshotOutcome(index, maHoSo, accepted > 0 ? SnapshotOutcome.Outcome.ACCEPTED : SnapshotOutcome.Outcome.DUPLICATE,
                accepted, steps.size() - accepted, null);
    }

    /** A problem of the suite's intake, its fields named as the snapshot names them. */
    static Problem inDvcqgNames(Problem problem) {
        return EventFormIntake.renamed(problem, FIELD_NAMES);
    }

    private Map<String, SnapshotContradictions.Known> known(Set<String> dossierIds) {
        Map<String, SnapshotContradictions.Known> known = new HashMap<>();
        events.receiptsAndEndings(dossierIds).forEach((dossier, stored) ->
                known.put(dossier, SnapshotContradictions.Known.of(stored.receivedAt(), stored.firstEndings())));
        return known;
    }
}
