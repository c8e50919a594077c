package vn.dvc.commons.outbox;

import java.util.Map;

/** A record to publish: topic, key, JSON payload and optional string headers. */
public record OutboxMessage(String topic, String key, String payload, Map<String, String> headers) {

    public OutboxMessage(String topic, String key, String payload) {
        this(topic, key, payload, Map.of());
    }
}
