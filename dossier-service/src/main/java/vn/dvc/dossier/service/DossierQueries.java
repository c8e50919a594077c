package vn.dvc.dossier.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.dvc.commons.jdbc.Row;
import vn.dvc.commons.web.LocalTime;
import vn.dvc.dossier.entity.Dossier;
import vn.dvc.dossier.entity.DossierEvent;
import vn.dvc.dossier.model.AnomalyItem;
import vn.dvc.dossier.model.DossierView;
import vn.dvc.dossier.model.Page;
import vn.dvc.dossier.model.WorklistItem;
import vn.dvc.dossier.repository.DossierEventRepository;
import vn.dvc.dossier.repository.DossierRepository;
import vn.dvc.dossier.repository.UnitRepository;
import vn.dvc.dossier.repository.WorklistReads;
import vn.dvc.dossier.service.AnomalyKind;
import vn.dvc.dossier.service.DossierEventValidator;
import vn.dvc.dossier.service.DossierStateRules;
import vn.dvc.dossier.service.RecordedEvent;
import vn.dvc.problem.ProblemException;
import vn.dvc.rules.RulesVersion;

/**
 * What officers read: one dossier with its events, the near-due and overdue worklists (open dossiers whose clock
 * runs, by due time in force, oldest first) and the flagged events, each for a unit's whole subtree.
 */
@ApplicationScoped
public class DossierQueries {

    private final DossierRepository dossiers;
    private final DossierEventRepository events;
    private final UnitRepository units;
    private final WorklistReads reads;
    private final ObjectMapper json;
    private final DossierEventValidator validator;

    public DossierQueries(DossierRepository dossiers, DossierEventRepository events, UnitRepository units, WorklistReads reads,
                          ObjectMapper json, DossierEventValidator validator) {
        this.dossiers = dossiers;
        this.events = events;
        this.units = units;
        this.reads = reads;
        this.json = json;
        this.validator = validator;
    }

    public Optional<DossierView> find(String dossierId) {
        return dossiers.findByIdOptional(dossierId).map(dossier -> viewOf(dossier, events.ofDossier(dossierId)));
    }

    /** Open dossiers due within the window from now that have no apology letter yet. */
    public Page<WorklistItem> nearDue(String unit, Duration within, int page, int size) {
        Instant now = Instant.now();
        return worklist(reads.dueWithoutApology(unitScope(unit), now, now.plus(within), page, size), now, page, size);
    }

    public Page<WorklistItem> overdue(String unit, int page, int size) {
        Instant now = Instant.now();
        return worklist(reads.overdue(unitScope(unit), now, page, size), now, page, size);
    }

    public Page<AnomalyItem> anomalies(String unit, Instant from, Instant to, int page, int size) {
        WorklistReads.Matching matching = reads.anomalies(unitScope(unit), from, to, page, size);
        return new Page<>(matching.rows().stream().map(DossierQueries::anomalyOf).toList(), page, size, matching.total());
    }

    private static Page<WorklistItem> worklist(WorklistReads.Matching matching, Instant now, int page, int size) {
        List<WorklistItem> items = matching.rows().stream().map(row -> {
            Instant due = row.instant("due_at_in_force");
            long minutesPastDue = Math.max(0, Duration.between(due, now).toMinutes());
            return new WorklistItem(row.string("dossier_id"), row.string("unit_code"), row.string("service_code"),
                    row.string("channel"), row.string("status"), LocalTime.of(row.instant("received_at")),
                    LocalTime.of(due), minutesPastDue);
        }).toList();
        return new Page<>(items, page, size, matching.total());
    }

    /** The unit's subtree, or null for the whole tree. */
    private List<String> unitScope(String unit) {
        if (unit == null) {
            return null;
        }
        List<String> scope = units.subtreeCodes(unit);
        if (scope.isEmpty()) {
            throw ProblemException.unprocessable("unit", "unit " + unit + " is not known");
        }
        return scope;
    }

    private DossierView viewOf(Dossier dossier, List<DossierEvent> stored) {
        List<DossierView.Event> history = stored.stream()
                .map(event -> new Pair(event, validator.reread(event.payload)))
                .sorted(Comparator.comparing(Pair::recorded, DossierStateRules.EVENT_ORDER))
                .map(pair -> new DossierView.Event(pair.stored().eventId, pair.stored().status,
                        LocalTime.of(pair.stored().occurredAt), LocalTime.of(pair.stored().acceptedAt), sent(pair.stored())))
                .toList();
        List<AnomalyItem> anomalies = new ArrayList<>();
        reads.anomaliesOf(dossier.dossierId).forEach(row -> anomalies.add(anomalyOf(row, dossier.unitCode)));
        DossierView.Deadline deadline = dossier.dueAtInForce == null && dossier.supplementRequests == 0
                && dossier.extensions == 0 ? null : new DossierView.Deadline(LocalTime.of(dossier.dueAt),
                LocalTime.of(dossier.dueAtInForce), LocalTime.of(dossier.clockStoppedSince), dossier.extensions,
                dossier.supplementRequests);
        DossierView.Ending ending = dossier.closure == null ? null
                : new DossierView.Ending(dossier.closure, LocalTime.of(dossier.endedAt), dossier.timeliness);
        DossierView.Apology apology = dossier.apologyIssuedAt == null ? null : new DossierView.Apology(
                LocalTime.of(dossier.apologyIssuedAt), LocalTime.of(dossier.apologyNewDueAt), dossier.apologyCompliant);
        return new DossierView(dossier.dossierId, dossier.version, dossier.unitCode, dossier.unitTier,
                dossier.receivedAtUnitCode, dossier.serviceCode, dossier.channel, dossier.status,
                dossier.receivedAt != null, dossier.openNow, LocalTime.of(dossier.submittedAt),
                LocalTime.of(dossier.receivedAt), deadline, ending, apology, dossier.inputsDigitised,
                dossier.electronicResult, dossier.feeRequired, dossier.dataReused, dossier.fromPersonalStore,
                dossier.residentDataUsed, dossier.rating, dossier.feedbackRaised,
                dossier.electronicCertifiedCopy, anomalies, history, RulesVersion.CURRENT);
    }

    private JsonNode sent(DossierEvent event) {
        try {
            return json.readTree(event.payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored dossier event is unreadable", e);
        }
    }

    private static AnomalyItem anomalyOf(Row row) {
        return anomalyOf(row, row.string("unit_code"));
    }

    private static AnomalyItem anomalyOf(Row row, String unitCode) {
        String kind = row.string("kind");
        return new AnomalyItem(row.string("dossier_id"), unitCode, kind, AnomalyKind.valueOf(kind).label(),
                row.string("event_id"), LocalTime.of(row.instant("occurred_at")));
    }

    private record Pair(DossierEvent stored, RecordedEvent recorded) {
    }
}
