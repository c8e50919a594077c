package vn.dvc.commons.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.dvc.commons.jdbc.Jdbc;
import vn.dvc.commons.tracing.TraceContexts;

/**
 * The write side of the transactional outbox: records join the caller's transaction, so they exist exactly when the
 * change they announce was committed. {@link OutboxRelay} publishes them afterwards.
 */
@ApplicationScoped
public class Outbox {

    private static final String INSERT = "INSERT INTO outbox_record (topic, record_key, payload, headers, created_at) "
            + "VALUES (?, ?, ?, ?, ?)";

    private final Jdbc jdbc;
    private final ObjectMapper json;
    private final Event<OutboxAppended> appended;
    private final TraceContexts traces;

    public Outbox(Jdbc jdbc, ObjectMapper json, Event<OutboxAppended> appended, TraceContexts traces) {
        this.traces = traces;
        this.jdbc = jdbc;
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
        Map<String, String> trace = traces.currentHeaders();
        jdbc.batch(INSERT, messages.stream().<List<?>>map(message -> Arrays.asList(message.topic(), message.key(),
                message.payload(), headersJson(message.headers(), trace), now)).toList());
        appended.fire(new OutboxAppended(messages.size()));
    }

    /** The message's headers with the trace of the request that appends it; null when there are none. */
    private String headersJson(Map<String, String> headers, Map<String, String> trace) {
        if (trace.isEmpty()) {
            return headers.isEmpty() ? null : toJson(headers);
        }
        Map<String, String> traced = new HashMap<>(trace);
        traced.putAll(headers);
        return toJson(traced);
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
