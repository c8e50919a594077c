package vn.dvc.dossier.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.dvc.commons.jdbc.Jdbc;
import vn.dvc.commons.jdbc.Row;
import vn.dvc.contracts.quality.FeedbackItemChanged.Step;
import vn.dvc.dossier.feedback.FeedbackTold;
import vn.dvc.dossier.service.Versioned;

/** The feedback items (table {@code feedback_item}): what is known of each, and its version. */
@ApplicationScoped
public class FeedbackStore {

    private static final String COLUMNS = "item_id, unit_code, received_at, steps, likes, dislikes, re_raised, dossier_id, version";
    private static final TypeReference<List<Step>> STEPS = new TypeReference<>() {
    };

    private final Jdbc jdbc;
    private final ObjectMapper json;

    public FeedbackStore(Jdbc jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The items of these ids that are stored, locked until the transaction ends (in id order: no deadlocks). */
    public Map<String, Versioned<FeedbackTold>> locked(Collection<String> itemIds) {
        Map<String, Versioned<FeedbackTold>> stored = new HashMap<>();
        if (!itemIds.isEmpty()) {
            jdbc.forEach("SELECT " + COLUMNS + " FROM feedback_item WHERE item_id IN (" + Jdbc.placeholders(itemIds.size())
                    + ") ORDER BY item_id FOR UPDATE", List.copyOf(itemIds), row -> stored.put(row.string("item_id"), storedOf(row)));
        }
        return stored;
    }

    public Optional<Versioned<FeedbackTold>> find(String itemId) {
        return jdbc.rows("SELECT " + COLUMNS + " FROM feedback_item WHERE item_id = ?", List.of(itemId)).stream()
                .map(this::storedOf).findFirst();
    }

    /** Writes each item as it now stands: a new one inserted, a known one replaced. */
    public void save(List<Versioned<FeedbackTold>> items, Instant now) {
        jdbc.batch("INSERT INTO feedback_item (" + COLUMNS + ", updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                + "ON DUPLICATE KEY UPDATE received_at = VALUES(received_at), steps = VALUES(steps), likes = VALUES(likes), "
                + "dislikes = VALUES(dislikes), re_raised = VALUES(re_raised), dossier_id = VALUES(dossier_id), "
                + "version = VALUES(version), updated_at = VALUES(updated_at)", items.stream().<List<?>>map(stored -> {
                    FeedbackTold item = stored.item();
                    return Arrays.asList(item.itemId(), item.unitCode(), Timestamp.from(item.receivedAt()), stepsJson(item.steps()),
                            item.likes(), item.dislikes(), item.reRaised(), item.dossierId(), stored.version(), Timestamp.from(now));
                }).toList());
    }

    private Versioned<FeedbackTold> storedOf(Row row) {
        try {
            return new Versioned<>(new FeedbackTold(row.string("item_id"), row.string("unit_code"), row.instant("received_at"),
                    json.readValue(row.string("steps"), STEPS), row.intValue("likes"), row.intValue("dislikes"),
                    row.bool("re_raised"), row.string("dossier_id")), row.longValue("version"));
        } catch (JsonProcessingException unreadable) {
            throw new IllegalStateException("The stored steps of feedback item " + row.string("item_id") + " cannot be read", unreadable);
        }
    }

    private String stepsJson(List<Step> steps) {
        try {
            return json.writeValueAsString(steps);
        } catch (JsonProcessingException unwritable) {
            throw new IllegalStateException("Feedback steps cannot be written", unwritable);
        }
    }
}
