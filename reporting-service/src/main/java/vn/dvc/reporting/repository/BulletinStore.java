package vn.dvc.reporting.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import vn.dvc.commons.jdbc.Jdbc;
import vn.dvc.commons.jdbc.Row;
import vn.dvc.commons.web.LocalTime;
import vn.dvc.reporting.model.BulletinSummary;
import vn.dvc.reporting.model.BulletinView;


/** The bulletins as stored (table bulletin): each whole, as JSON, with its number, slot, time and province. */
@ApplicationScoped
public class BulletinStore {

    private final Jdbc jdbc;
    private final ObjectMapper json;
    /** Reads a stored bulletin's times with the offset they were written with (local), never turned into UTC. */
    private final ObjectMapper stored;

    public BulletinStore(Jdbc jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
        this.stored = json.copy().disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);
    }

    /** The newest bulletin of the province, or of the whole tree; empty: the newest of any. */
    public Optional<BulletinView> latest(Optional<String> province) {
        return province.isPresent() ? read("WHERE province_code = ? ORDER BY id DESC LIMIT 1", List.of(province.get()))
                : read("WHERE province_code IS NULL ORDER BY id DESC LIMIT 1", List.of());
    }

    /** The newest bulletin, whatever it covers. */
    public Optional<BulletinView> latest() {
        return read("ORDER BY id DESC LIMIT 1", List.of());
    }

    public Optional<BulletinView> byId(long id) {
        return read("WHERE id = ?", List.of(id));
    }

    /** The newest scheduled slot a bulletin was made for. */
    public Optional<Instant> lastScheduledSlot() {
        return Optional.ofNullable(jdbc.one("SELECT MAX(scheduled_for) AS latest FROM bulletin", List.of()).instant("latest"));
    }

    /** The bulletins made since {@code since}, oldest first: their number, time and province (null: the whole tree). */
    public List<Made> madeSince(Instant since) {
        return jdbc.rows("SELECT id, made_at, province_code FROM bulletin WHERE made_at >= ? ORDER BY id",
                        List.of(java.sql.Timestamp.from(since))).stream()
                .map(row -> new Made(row.longValue("id"), row.instant("made_at"), row.string("province_code"))).toList();
    }

    public record Made(long id, Instant madeAt, String province) {
    }

    public List<BulletinSummary> recent(int count) {
        return jdbc.rows("SELECT id, made_at, scheduled_for FROM bulletin ORDER BY id DESC LIMIT ?", List.of(count)).stream()
                .map(row -> new BulletinSummary(row.longValue("id"), LocalTime.of(row.instant("made_at")),
                        LocalTime.of(row.instant("scheduled_for")))).toList();
    }

    public BulletinView save(BulletinView made, Optional<Instant> slot, Instant now) {
        jdbc.update("INSERT INTO bulletin (scheduled_for, made_at, body, province_code) VALUES (?, ?, ?, ?)",
                Arrays.asList(slot.map(Timestamp::from).orElse(null), Timestamp.from(now), write(made), made.province()));
        long id = jdbc.one("SELECT LAST_INSERT_ID() AS id", List.of()).longValue("id");
        return made.withId(id);
    }

    private Optional<BulletinView> read(String condition, List<?> parameters) {
        return jdbc.rows("SELECT id, body FROM bulletin " + condition, parameters).stream().findFirst()
                .map(this::parse);
    }

    private BulletinView parse(Row row) {
        try {
            return stored.readValue(row.string("body"), BulletinView.class).withId(row.longValue("id"));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored bulletin is unreadable", e);
        }
    }

    private String write(BulletinView bulletin) {
        try {
            return json.writeValueAsString(bulletin);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A bulletin could not be written as JSON", e);
        }
    }
}
