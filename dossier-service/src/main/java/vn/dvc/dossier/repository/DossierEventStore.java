package vn.dvc.dossier.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.dvc.commons.jdbc.Jdbc;
import vn.dvc.dossier.entity.Dossier;

/**
 * The intake's set-at-a-time statements: a request of up to 1,000 events costs a handful of round trips, not one
 * per event. Dossier rows are locked in key order, so concurrent requests never deadlock on them.
 */
@ApplicationScoped
public class DossierEventStore {

    private static final String ENDING_STEPS = "('RESOLVED', 'WITHDRAWN', 'STOPPED', 'REJECTED')";

    private final Jdbc jdbc;

    public DossierEventStore(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** The stored dossiers among these whose unit is known (an opening event was accepted). */
    /** The unit of each of these dossiers stored with its unit known. */
    public Map<String, String> unitsOf(Collection<String> dossierIds) {
        Map<String, String> units = new HashMap<>();
        if (!dossierIds.isEmpty()) {
            jdbc.forEach("SELECT dossier_id, unit_code FROM dossier WHERE unit_code IS NOT NULL AND dossier_id IN ("
                    + Jdbc.placeholders(dossierIds.size()) + ")", List.copyOf(dossierIds),
                    row -> units.put(row.string("dossier_id"), row.string("unit_code")));
        }
        return units;
    }

    /** Creates the missing dossier rows, then locks them all until the transaction ends. */
    public void createAndLock(Collection<String> dossierIds) {
        Timestamp now = Timestamp.from(Instant.now());
        // ON DUPLICATE KEY takes the row's exclusive lock at once; INSERT IGNORE would take a shared one first, and
        // two requests upgrading shared locks on one new dossier deadlock.
        jdbc.batch("INSERT INTO dossier (dossier_id, version, updated_at) VALUES (?, 0, ?) "
                + "ON DUPLICATE KEY UPDATE dossier_id = dossier_id",
                dossierIds.stream().sorted().<List<?>>map(id -> List.of(id, now)).toList());
        jdbc.rows("SELECT dossier_id FROM dossier WHERE dossier_id IN (" + Jdbc.placeholders(dossierIds.size())
                + ") ORDER BY dossier_id FOR UPDATE", List.copyOf(dossierIds));
    }

    /** The event ids already taken; a locking read, so a commit made while this request waited is seen. */
    /** The ids of these that are stored (committed, or taken in this transaction), without locking them. */
    public Set<String> knownEventIds(Collection<String> eventIds) {
        Set<String> known = new HashSet<>();
        jdbc.forEach("SELECT event_id FROM dossier_event WHERE event_id IN (" + Jdbc.placeholders(eventIds.size()) + ")",
                List.copyOf(eventIds), row -> known.add(row.string("event_id")));
        return known;
    }

    public Set<String> takenEventIds(Collection<String> eventIds) {
        Set<String> taken = new HashSet<>();
        if (!eventIds.isEmpty()) {
            jdbc.rows("SELECT event_id FROM dossier_event WHERE event_id IN (" + Jdbc.placeholders(eventIds.size())
                    + ") LOCK IN SHARE MODE", List.copyOf(eventIds)).forEach(row -> taken.add(row.string("event_id")));
        }
        return taken;
    }

    public void insertEvents(List<NewEvent> events) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.batch("INSERT IGNORE INTO dossier_event (event_id, dossier_id, status, occurred_at, accepted_at, payload) "
                + "VALUES (?, ?, ?, ?, ?, ?)", events.stream().<List<?>>map(event -> List.of(event.eventId(),
                event.dossierId(), event.status(), Timestamp.from(event.occurredAt()), now, event.payload())).toList());
    }

    /** Every stored event payload of these dossiers, by dossier. */
    public Map<String, List<String>> payloadsByDossier(Collection<String> dossierIds) {
        Map<String, List<String>> payloads = new HashMap<>();
        // the index by name: MariaDB turns a long IN list into a derived table, then sometimes scans the whole table
        jdbc.rows("SELECT dossier_id, payload FROM dossier_event FORCE INDEX (idx_dossier_event_dossier) WHERE dossier_id IN ("
                + Jdbc.placeholders(dossierIds.size()) + ")", List.copyOf(dossierIds))
                .forEach(row -> payloads.computeIfAbsent(row.string("dossier_id"), id -> new ArrayList<>()).add(row.string("payload")));
        return payloads;
    }

    private static final EntityColumns<Dossier> STATE_COLUMNS = EntityColumns.of(Dossier.class);
    private static final String SAVE_STATES = "INSERT INTO dossier (" + String.join(", ", STATE_COLUMNS.names()) + ") VALUES ("
            + Jdbc.placeholders(STATE_COLUMNS.names().size()) + ") ON DUPLICATE KEY UPDATE " + String.join(", ", STATE_COLUMNS
            .names().stream().filter(column -> !column.equals("dossier_id")).map(column -> column + " = VALUES(" + column + ")").toList());

    /**
     * Stores the folded states of dossiers whose rows this transaction locked: one multi-row statement (the rows
     * exist, so each is an update), not one UPDATE per dossier.
     */
    public void saveStates(List<Dossier> dossiers) {
        jdbc.batch(SAVE_STATES, dossiers.stream().<List<?>>map(STATE_COLUMNS::valuesOf).toList());
    }

    /** Replaces the flagged events of these dossiers. */
    public void replaceAnomalies(Collection<String> dossierIds, List<FlaggedEvent> flagged) {
        // most dossiers have no flag: find the few that do by key, then delete only theirs (a DELETE cannot name its
        // index, and a long IN list can make MariaDB scan the table)
        List<String> flaggedBefore = jdbc.rows("SELECT DISTINCT dossier_id FROM dossier_anomaly FORCE INDEX (PRIMARY) "
                + "WHERE dossier_id IN (" + Jdbc.placeholders(dossierIds.size()) + ")", List.copyOf(dossierIds)).stream()
                .map(row -> row.string("dossier_id")).toList();
        if (!flaggedBefore.isEmpty()) {
            jdbc.update("DELETE FROM dossier_anomaly WHERE dossier_id IN (" + Jdbc.placeholders(flaggedBefore.size()) + ")",
                    flaggedBefore);
        }
        jdbc.batch("INSERT INTO dossier_anomaly (dossier_id, kind, event_id, occurred_at, unit_code) VALUES (?, ?, ?, ?, ?)",
                flagged.stream().<List<?>>map(anomaly -> Arrays.asList(anomaly.dossierId(), anomaly.kind(),
                        anomaly.eventId(), Timestamp.from(anomaly.occurredAt()), anomaly.unitCode())).toList());
    }

    /**
     * For each of these dossiers that is stored: when it was received, and the first time of each ending step its
     * events hold.
     */
    public Map<String, ReceiptAndEndings> receiptsAndEndings(Collection<String> dossierIds) {
        Map<String, ReceiptAndEndings> stored = new HashMap<>();
        if (!dossierIds.isEmpty()) {
            jdbc.forEach("SELECT d.dossier_id, d.received_at, e.status, MIN(e.occurred_at) AS first_at FROM dossier d "
                    + "LEFT JOIN dossier_event e ON e.dossier_id = d.dossier_id AND e.status IN " + ENDING_STEPS
                    + " WHERE d.dossier_id IN (" + Jdbc.placeholders(dossierIds.size()) + ") GROUP BY d.dossier_id, d.received_at, e.status",
                    List.copyOf(dossierIds), row -> {
                        ReceiptAndEndings dossier = stored.computeIfAbsent(row.string("dossier_id"),
                                id -> new ReceiptAndEndings(row.instant("received_at"), new HashMap<>()));
                        if (row.string("status") != null) {
                            dossier.firstEndings().put(row.string("status"), row.instant("first_at"));
                        }
                    });
        }
        return stored;
    }

    /** A stored dossier's receipt, and the first time of each ending step among its events. */
    public record ReceiptAndEndings(Instant receivedAt, Map<String, Instant> firstEndings) {
    }

    public record NewEvent(String eventId, String dossierId, String status, Instant occurredAt, String payload) {
    }

    public record FlaggedEvent(String dossierId, String kind, String eventId, Instant occurredAt, String unitCode) {
    }
}
