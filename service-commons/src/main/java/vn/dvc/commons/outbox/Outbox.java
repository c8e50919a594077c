package vn.dvc.commons.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;

/**
 * The write side of the transactional outbox: records join the caller's transaction, so they exist exactly when the
 * change they announce was committed. {@link OutboxRelay} publishes them afterwards.
 */
@ApplicationScoped
public class Outbox {

    private static final String INSERT = "INSERT INTO outbox_record (topic, record_key, payload, headers, created_at) "
            + "VALUES (?, ?, ?, ?, ?)";

    private final EntityManager entityManager;
    private final ObjectMapper json;
    private final Event<OutboxAppended> appended;

    public Outbox(EntityManager entityManager, ObjectMapper json, Event<OutboxAppended> appended) {
        this.entityManager = entityManager;
        this.json = json;
        this.appended = appended;
    }

    /** Serialises the event to JSON and appends it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void append(String topic, String key, Object event) {
        appendAll(List.of(new OutboxMessage(topic, key, toJson(event))));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void appendAll(List<OutboxMessage> messages) {
        if (messages.isEmpty()) {
            return;
        }
        Timestamp now = Timestamp.from(Instant.now());
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                for (OutboxMessage message : messages) {
                    insert.setString(1, message.topic());
                    insert.setString(2, message.key());
                    insert.setString(3, message.payload());
                    insert.setString(4, message.headers().isEmpty() ? null : toJson(message.headers()));
                    insert.setTimestamp(5, now);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
        appended.fire(new OutboxAppended(messages.size()));
    }

    public String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }

    Map<String, String> headersOf(String headersJson) {
        if (headersJson == null) {
            return Map.of();
        }
        try {
            return json.readValue(headersJson, json.getTypeFactory().constructMapType(Map.class, String.class, String.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable outbox headers", e);
        }
    }
}
