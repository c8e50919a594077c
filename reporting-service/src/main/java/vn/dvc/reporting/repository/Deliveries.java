package vn.dvc.reporting.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import vn.dvc.commons.catalog.UnitCopy;
import vn.dvc.commons.jdbc.Jdbc;
import vn.dvc.commons.jdbc.Row;
import vn.dvc.reporting.reminders.Delivery;

/**
 * The reminders to deliver (table reminder_delivery). A slot (unit, type, slot, channel) is stored once — the unique
 * key decides between instances — and a sender claims a delivery for {@code claimFor} before sending it, so one
 * instance sends it; one that died while sending leaves it to be claimed again when the claim runs out.
 */
@ApplicationScoped
public class Deliveries {

    public static final String PENDING = "PENDING";
    public static final String SENDING = "SENDING";
    public static final String SENT = "SENT";
    public static final String FAILED = "FAILED";

    private static final String COLUMNS = "id, unit_code, kind, slot, channel, status, subject, text_body, html_body, "
            + "json_body, attempts, next_attempt_at, last_error, created_at, sent_at";

    private final Jdbc jdbc;
    private final UnitCopy units;

    public Deliveries(Jdbc jdbc, UnitCopy units) {
        this.jdbc = jdbc;
        this.units = units;
    }

    /** Whether the slot has been made already, on any channel. */
    public boolean made(String unitCode, String type, String slot) {
        return !jdbc.rows("SELECT 1 FROM reminder_delivery WHERE unit_code = ? AND kind = ? AND slot = ? LIMIT 1",
                List.of(unitCode, type, slot)).isEmpty();
    }

    /** Stores the slot's message once per channel (none: the slot marked as having nothing to send). */
    @Transactional
    public void store(String unitCode, String type, String slot, List<String> channels, String subject, String text,
                      String html, String json, Instant now) {
        List<List<?>> rows = new ArrayList<>();
        Timestamp at = Timestamp.from(now);
        if (channels.isEmpty()) {
            rows.add(Arrays.asList(unitCode, type, slot, "NONE", Delivery.NOTHING, subject, "", "", "{}", at, at));
        }
        channels.forEach(channel -> rows.add(Arrays.asList(unitCode, type, slot, channel, PENDING, subject, text, html,
                json, at, at)));
        jdbc.batch("INSERT IGNORE INTO reminder_delivery (unit_code, kind, slot, channel, status, subject, text_body, "
                + "html_body, json_body, next_attempt_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
    }

    /** Deliveries to send now: pending and due, or claimed by a sender whose claim ran out. */
    public List<Long> due(Instant now, int limit) {
        Timestamp at = Timestamp.from(now);
        return jdbc.rows("SELECT id FROM reminder_delivery WHERE (status = ? AND next_attempt_at <= ?) "
                        + "OR (status = ? AND lease_until < ?) ORDER BY id LIMIT " + limit,
                List.of(PENDING, at, SENDING, at)).stream().map(row -> row.longValue("id")).toList();
    }

    /** Takes the delivery for this instance until {@code now + claimFor}; empty when another instance has it. */
    @Transactional
    public Optional<Delivery> claim(long id, Instant now, Duration claimFor) {
        Timestamp at = Timestamp.from(now);
        int claimed = jdbc.update("UPDATE reminder_delivery SET status = ?, lease_until = ? WHERE id = ? AND "
                        + "((status = ? AND next_attempt_at <= ?) OR (status = ? AND lease_until < ?))",
                List.of(SENDING, Timestamp.from(now.plus(claimFor)), id, PENDING, at, SENDING, at));
        if (claimed == 0) {
            return Optional.empty();
        }
        return jdbc.rows("SELECT " + COLUMNS + " FROM reminder_delivery WHERE id = ?", List.of(id)).stream()
                .findFirst().map(Deliveries::deliveryOf);
    }

    @Transactional
    public void sent(long id, Instant at) {
        jdbc.update("UPDATE reminder_delivery SET status = ?, sent_at = ?, attempts = attempts + 1, lease_until = NULL, "
                + "last_error = NULL WHERE id = ?", List.of(SENT, Timestamp.from(at), id));
    }

    /** An attempt failed: tried again at {@code next}, or FAILED when there is none. */
    @Transactional
    public void failed(long id, String error, Optional<Instant> next) {
        String reason = error.length() > 500 ? error.substring(0, 500) : error;
        jdbc.update("UPDATE reminder_delivery SET status = ?, attempts = attempts + 1, lease_until = NULL, last_error = ?, "
                        + "next_attempt_at = COALESCE(?, next_attempt_at) WHERE id = ?",
                Arrays.asList(next.isPresent() ? PENDING : FAILED, reason, next.map(Timestamp::from).orElse(null), id));
    }

    /** The deliveries of a unit's subtree (none: every unit), newest first, in one status or all. */
    public List<Delivery> list(String unitCode, String status, int page, int size) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM reminder_delivery WHERE 1 = 1");
        List<Object> parameters = new ArrayList<>();
        if (unitCode != null) {
            String path = units.pathOf(unitCode).orElseThrow(() -> vn.dvc.commons.catalog.UnknownUnit.notFound(unitCode));
            sql.append(" AND unit_code IN (SELECT code FROM unit_copy WHERE path = ? OR path LIKE ?)");
            parameters.add(path);
            parameters.add(UnitCopy.belowPath(path));
        }
        if (status != null) {
            sql.append(" AND status = ?");
            parameters.add(status);
        }
        sql.append(" ORDER BY id DESC LIMIT ").append(size).append(" OFFSET ").append((long) page * size);
        return jdbc.rows(sql.toString(), parameters).stream().map(Deliveries::deliveryOf).toList();
    }

    /**
     * For the bulletin's data sources sheet: deliveries given up since {@code since}, and those still not delivered
     * a day after they were made.
     */
    public List<Delivery> undelivered(Instant since, Instant now) {
        return jdbc.rows("SELECT " + COLUMNS + " FROM reminder_delivery WHERE (status = ? AND created_at >= ?) "
                        + "OR (status IN (?, ?) AND attempts > 0 AND created_at <= ?) ORDER BY id LIMIT 500",
                List.of(FAILED, Timestamp.from(since), PENDING, SENDING, Timestamp.from(now.minus(Duration.ofDays(1)))))
                .stream().map(Deliveries::deliveryOf).toList();
    }

    private static Delivery deliveryOf(Row row) {
        return new Delivery(row.longValue("id"), row.string("unit_code"), row.string("kind"), row.string("slot"),
                row.string("channel"), row.string("status"), row.string("subject"), row.string("text_body"),
                row.string("html_body"), row.string("json_body"), (int) row.longValue("attempts"),
                row.instant("next_attempt_at"), row.string("last_error"), row.instant("created_at"), row.instant("sent_at"));
    }
}
