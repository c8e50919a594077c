package vn.dvc.dossier.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import vn.dvc.commons.jdbc.Jdbc;
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
import vn.dvc.problem.ProblemException;
import vn.dvc.rules.RulesVersion;

/**
 * What officers read: one dossier with its events, the near-due and overdue worklists (open dossiers whose clock
 * runs, by due time in force, oldest first) and the flagged events, each for a unit's whole subtree.
 */
@ApplicationScoped
public class DossierQueries {

    private static final String WORKLIST_COLUMNS = "dossier_id, unit_code, service_code, channel, status, received_at, "
            + "due_at_in_force";

    private final DossierRepository dossiers;
    private final DossierEventRepository events;
    private final UnitRepository units;
    private final Jdbc jdbc;
    private final ObjectMapper json;
    private final DossierEventValidator validator;

    public DossierQueries(DossierRepository dossiers, DossierEventRepository events, UnitRepository units, Jdbc jdbc,
                          ObjectMapper json, DossierEventValidator validator) {
        this.dossiers = dossiers;
        this.events = events;
        this.units = units;
        this.jdbc = jdbc;
        this.json = json;
        this.validator = validator;
    }

    public Optional<DossierView> find(String dossierId) {
        return dossiers.findByIdOptional(dossierId).map(dossier -> viewOf(dossier, events.ofDossier(dossierId)));
    }

    /** Open dossiers due within the window from now that have no apology letter yet. */
    public Page<WorklistItem> nearDue(String unit, Duration within, int page, int size) {
        Instant now = Instant.now();
        Query query = openWithClockRunning(unit)
                .and("apology_issued_at IS NULL")
                .and("due_at_in_force >= ?", Timestamp.from(now))
                .and("due_at_in_force < ?", Timestamp.from(now.plus(within)));
        return worklist(query, now, page, size);
    }

    public Page<WorklistItem> overdue(String unit, int page, int size) {
        Instant now = Instant.now();
        return worklist(openWithClockRunning(unit).and("due_at_in_force < ?", Timestamp.from(now)), now, page, size);
    }

    public Page<AnomalyItem> anomalies(String unit, Instant from, Instant to, int page, int size) {
        Query query = new Query("dossier_anomaly").inUnits(unitScope(unit));
        if (from != null) {
            query.and("occurred_at >= ?", Timestamp.from(from));
        }
        if (to != null) {
            query.and("occurred_at < ?", Timestamp.from(to));
        }
        List<AnomalyItem> items = query.page(jdbc, "dossier_id, unit_code, kind, event_id, occurred_at",
                "occurred_at, dossier_id, kind", page, size, row -> anomalyOf(row.string("dossier_id"), row.string("unit_code"),
                        row.string("kind"), row.string("event_id"), row.instant("occurred_at")));
        return new Page<>(items, page, size, query.count(jdbc));
    }

    private Query openWithClockRunning(String unit) {
        return new Query("dossier").inUnits(unitScope(unit)).and("open_now = TRUE").and("clock_stopped_since IS NULL");
    }

    private Page<WorklistItem> worklist(Query query, Instant now, int page, int size) {
        List<WorklistItem> items = query.page(jdbc, WORKLIST_COLUMNS, "due_at_in_force, dossier_id", page, size, row -> {
            Instant due = row.instant("due_at_in_force");
            long minutesPastDue = Math.max(0, Duration.between(due, now).toMinutes());
            return new WorklistItem(row.string("dossier_id"), row.string("unit_code"), row.string("service_code"),
                    row.string("channel"), row.string("status"), LocalTime.of(row.instant("received_at")),
                    LocalTime.of(due), minutesPastDue);
        });
        return new Page<>(items, page, size, query.count(jdbc));
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
        jdbc.rows("SELECT kind, event_id, occurred_at FROM dossier_anomaly WHERE dossier_id = ? ORDER BY occurred_at, kind",
                List.of(dossier.dossierId)).forEach(row -> anomalies.add(anomalyOf(dossier.dossierId, dossier.unitCode,
                row.string("kind"), row.string("event_id"), row.instant("occurred_at"))));
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
                dossier.electronicResult, dossier.feeRequired, anomalies, history, RulesVersion.CURRENT);
    }

    private JsonNode sent(DossierEvent event) {
        try {
            return json.readTree(event.payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored dossier event is unreadable", e);
        }
    }

    private static AnomalyItem anomalyOf(String dossierId, String unitCode, String kind, String eventId, Instant at) {
        return new AnomalyItem(dossierId, unitCode, kind, AnomalyKind.valueOf(kind).label(), eventId, LocalTime.of(at));
    }

    private record Pair(DossierEvent stored, RecordedEvent recorded) {
    }

    /** A filtered read of one table, counted and paged with the same conditions. */
    private static final class Query {

        private final String table;
        private final List<String> conditions = new ArrayList<>();
        private final List<Object> parameters = new ArrayList<>();

        Query(String table) {
            this.table = table;
        }

        Query and(String condition, Object... values) {
            conditions.add(condition);
            parameters.addAll(List.of(values));
            return this;
        }

        Query inUnits(List<String> unitCodes) {
            return unitCodes == null ? this
                    : and("unit_code IN (" + Jdbc.placeholders(unitCodes.size()) + ")", unitCodes.toArray());
        }

        private String where() {
            return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        }

        long count(Jdbc jdbc) {
            return jdbc.one("SELECT COUNT(*) AS matching FROM " + table + where(), parameters).longValue("matching");
        }

        <T> List<T> page(Jdbc jdbc, String columns, String order, int page, int size, Function<Row, T> mapper) {
            List<Object> withPage = new ArrayList<>(parameters);
            withPage.add(size);
            withPage.add((long) page * size);
            return jdbc.rows("SELECT " + columns + " FROM " + table + where() + " ORDER BY " + order
                    + " LIMIT ? OFFSET ?", withPage).stream().map(mapper).toList();
        }
    }
}
