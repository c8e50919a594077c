package vn.dvc.kpi.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.dvc.commons.jdbc.Jdbc;
import vn.dvc.commons.jdbc.Row;
import vn.dvc.kpi.emc.PushSchedule;
import vn.dvc.kpi.model.EmcPushView;

/** The durable queue of deliveries (table kpi_emc_push) and the slots already queued (kpi_emc_slot). */
@ApplicationScoped
public class EmcPushStore {

    private static final String COLUMNS = "id, idempotency_key, slot, unit_code, period_from, period_to, status, attempts, "
            + "next_attempt_at, last_attempt_at, last_http_status, last_answer, created_at, give_up_at, delivered_at";

    private final Jdbc jdbc;

    public EmcPushStore(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public boolean slotQueued(Instant slot) {
        return !jdbc.rows("SELECT slot FROM kpi_emc_slot WHERE slot = ?", List.of(Timestamp.from(slot))).isEmpty();
    }

    /** The slot's marker and its deliveries, all or none: a second instance queuing the same slot fails on the marker. */
    @Transactional
    public void queue(Instant slot, String kind, List<Queued> deliveries, Instant now, Duration giveUpAfter) {
        jdbc.update("INSERT INTO kpi_emc_slot (slot, kind, created_at) VALUES (?, ?, ?)",
                List.of(Timestamp.from(slot), kind, Timestamp.from(now)));
        List<List<?>> rows = new ArrayList<>();
        for (Queued delivery : deliveries) {
            rows.add(List.of(delivery.idempotencyKey(), Timestamp.from(slot), delivery.unitCode(),
                    Date.valueOf(delivery.period().from()), Date.valueOf(delivery.period().to()), delivery.payload(),
                    "QUEUED", 0, Timestamp.from(now), Timestamp.from(now), Timestamp.from(now.plus(giveUpAfter))));
        }
        jdbc.batch("INSERT INTO kpi_emc_push (idempotency_key, slot, unit_code, period_from, period_to, payload, status, "
                + "attempts, next_attempt_at, created_at, give_up_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
    }

    /**
     * Claims up to {@code limit} deliveries due now that no other instance holds, for {@code lease}: rows locked by
     * another instance's claim are skipped, and a claim whose holder died expires with its lease.
     */
    @Transactional
    public List<Claimed> claimDue(Instant now, int limit, Duration lease) {
        List<Claimed> claimed = new ArrayList<>();
        jdbc.rows("SELECT id, idempotency_key, payload, attempts, give_up_at FROM kpi_emc_push WHERE status = 'QUEUED' "
                        + "AND next_attempt_at <= ? AND (claimed_until IS NULL OR claimed_until < ?) ORDER BY next_attempt_at "
                        + "LIMIT ? FOR UPDATE SKIP LOCKED", List.of(Timestamp.from(now), Timestamp.from(now), limit))
                .forEach(row -> claimed.add(new Claimed(row.longValue("id"), row.string("idempotency_key"),
                        row.string("payload"), row.intValue("attempts"), row.instant("give_up_at"))));
        if (!claimed.isEmpty()) {
            jdbc.update("UPDATE kpi_emc_push SET claimed_until = ? WHERE id IN (" + Jdbc.placeholders(claimed.size()) + ")",
                    concat(Timestamp.from(now.plus(lease)), claimed.stream().map(Claimed::id).toList()));
        }
        return claimed;
    }

    public void delivered(long id, Instant at, int httpStatus, String answer) {
        jdbc.update("UPDATE kpi_emc_push SET status = 'DELIVERED', attempts = attempts + 1, last_attempt_at = ?, "
                + "last_http_status = ?, last_answer = ?, delivered_at = ?, claimed_until = NULL WHERE id = ?",
                List.of(Timestamp.from(at), httpStatus, answer, Timestamp.from(at), id));
    }

    /** A refused attempt: tried again at {@code next}, or given up when that is past the give-up time. */
    public void refused(long id, Instant at, Integer httpStatus, String answer, Instant next, boolean giveUp) {
        List<Object> parameters = new ArrayList<>();
        parameters.add(giveUp ? "FAILED" : "QUEUED");
        parameters.add(Timestamp.from(at));
        parameters.add(httpStatus);
        parameters.add(answer);
        parameters.add(Timestamp.from(next));
        parameters.add(id);
        jdbc.update("UPDATE kpi_emc_push SET status = ?, attempts = attempts + 1, last_attempt_at = ?, "
                + "last_http_status = ?, last_answer = ?, next_attempt_at = ?, claimed_until = NULL WHERE id = ?", parameters);
    }

    public List<EmcPushView> list(String status, String unitCode, int page, int size) {
        List<Object> parameters = new ArrayList<>();
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (status != null) {
            where.append(" AND status = ?");
            parameters.add(status);
        }
        if (unitCode != null) {
            where.append(" AND unit_code = ?");
            parameters.add(unitCode);
        }
        parameters.add(size);
        parameters.add((long) page * size);
        return jdbc.rows("SELECT " + COLUMNS + " FROM kpi_emc_push" + where + " ORDER BY id DESC LIMIT ? OFFSET ?", parameters)
                .stream().map(EmcPushStore::viewOf).toList();
    }

    /** Deliveries given up since {@code since}. */
    public long failedSince(Instant since) {
        return jdbc.one("SELECT COUNT(*) AS failed FROM kpi_emc_push WHERE status = 'FAILED' AND last_attempt_at >= ?",
                List.of(Timestamp.from(since))).longValue("failed");
    }

    private static EmcPushView viewOf(Row row) {
        return new EmcPushView(row.longValue("id"), row.string("idempotency_key"), row.instant("slot"),
                row.string("unit_code"), row.day("period_from"), row.day("period_to"), row.string("status"),
                row.intValue("attempts"), row.instant("next_attempt_at"), row.instant("last_attempt_at"),
                row.nullableInt("last_http_status"), row.string("last_answer"), row.instant("created_at"),
                row.instant("give_up_at"), row.instant("delivered_at"));
    }

    private static List<Object> concat(Object first, List<?> rest) {
        List<Object> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all;
    }

    public record Queued(String idempotencyKey, String unitCode, PushSchedule.Period period, String payload) {
    }

    public record Claimed(long id, String idempotencyKey, String payload, int attempts, Instant giveUpAt) {
    }
}
