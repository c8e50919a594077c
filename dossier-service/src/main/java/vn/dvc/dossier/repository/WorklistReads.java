package vn.dvc.dossier.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.dvc.commons.jdbc.Jdbc;
import vn.dvc.commons.jdbc.Row;

/**
 * The worklists' reads: open dossiers by their deadline in force, and flagged events — each a page of rows with the
 * count of all that match. A unit scope of null is the whole tree.
 */
@ApplicationScoped
public class WorklistReads {

    private static final String WORKLIST_COLUMNS = "dossier_id, unit_code, service_code, channel, status, received_at, "
            + "due_at_in_force";
    private static final String ANOMALY_COLUMNS = "dossier_id, unit_code, kind, event_id, occurred_at";

    private final Jdbc jdbc;

    public WorklistReads(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** Open dossiers with the clock running, due in [from, to), with no apology letter yet. */
    public Matching dueWithoutApology(List<String> unitScope, Instant from, Instant to, int page, int size) {
        return page(openWithClockRunning(unitScope).and("apology_issued_at IS NULL")
                .and("due_at_in_force >= ?", Timestamp.from(from)).and("due_at_in_force < ?", Timestamp.from(to)),
                WORKLIST_COLUMNS, "due_at_in_force, dossier_id", page, size);
    }

    /** Open dossiers with the clock running, past their deadline in force at that instant. */
    public Matching overdue(List<String> unitScope, Instant at, int page, int size) {
        return page(openWithClockRunning(unitScope).and("due_at_in_force < ?", Timestamp.from(at)), WORKLIST_COLUMNS,
                "due_at_in_force, dossier_id", page, size);
    }

    /** Flagged events in [from, to) (either end open when null). */
    public Matching anomalies(List<String> unitScope, Instant from, Instant to, int page, int size) {
        Query query = new Query("dossier_anomaly").inUnits(unitScope);
        if (from != null) {
            query.and("occurred_at >= ?", Timestamp.from(from));
        }
        if (to != null) {
            query.and("occurred_at < ?", Timestamp.from(to));
        }
        return page(query, ANOMALY_COLUMNS, "occurred_at, dossier_id, kind", page, size);
    }

    /** One dossier's flagged events, oldest first. */
    public List<Row> anomaliesOf(String dossierId) {
        return jdbc.rows("SELECT " + ANOMALY_COLUMNS + " FROM dossier_anomaly WHERE dossier_id = ? ORDER BY occurred_at, kind",
                List.of(dossierId));
    }

    private static Query openWithClockRunning(List<String> unitScope) {
        return new Query("dossier").inUnits(unitScope).and("open_now = TRUE").and("clock_stopped_since IS NULL");
    }

    private Matching page(Query query, String columns, String order, int page, int size) {
        List<Object> withPage = new ArrayList<>(query.parameters);
        withPage.add(size);
        withPage.add((long) page * size);
        List<Row> rows = jdbc.rows("SELECT " + columns + " FROM " + query.table + query.where() + " ORDER BY " + order
                + " LIMIT ? OFFSET ?", withPage);
        long total = jdbc.one("SELECT COUNT(*) AS matching FROM " + query.table + query.where(), query.parameters)
                .longValue("matching");
        return new Matching(rows, total);
    }

    /** One page of rows, and how many rows match in all. */
    public record Matching(List<Row> rows, long total) {
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

        String where() {
            return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        }
    }
}
