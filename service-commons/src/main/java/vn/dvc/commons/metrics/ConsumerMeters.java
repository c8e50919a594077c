package vn.dvc.commons.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * What the consumers did, for an operator: {@code dvc_consumer_dead_lettered_total} (records no code could read, by
 * consumer and topic) and {@code dvc_consumer_effect_delay_seconds} — from the moment the producing service committed
 * an item (its outbox record was appended in that very transaction) to the moment this consumer committed its effect,
 * e.g. kpi-service's figures. Both are recorded after the consumer's transaction committed.
 */
@ApplicationScoped
public class ConsumerMeters {

    /** The outbox record's append time (epoch milliseconds), put on every record by the relay. */
    public static final String APPENDED_AT = "outbox-appended-at";

    private final MeterRegistry registry;
    // looked up once per consumer and topic, not built again for every record of every poll
    private final Map<String, Timer> delays = new ConcurrentHashMap<>();

    public ConsumerMeters(MeterRegistry registry) {
        this.registry = registry;
    }

    public void deadLettered(String consumer, String topic) {
        Counter.builder("dvc.consumer.dead.lettered").description("Records sent to the dead-letter topic")
                .tag("consumer", consumer).tag("topic", topic).register(registry).increment();
    }

    public void applied(String consumer, ConsumerRecord<String, String> record, long nowMillis) {
        Header appendedAt = record.headers().lastHeader(APPENDED_AT);
        if (appendedAt == null) {
            return;
        }
        try {
            long delay = nowMillis - Long.parseLong(new String(appendedAt.value(), StandardCharsets.UTF_8));
            delays.computeIfAbsent(consumer + '\n' + record.topic(), name -> Timer.builder("dvc.consumer.effect.delay")
                    .description("From the producing transaction's commit to this consumer's commit of its effect")
                    .tag("consumer", consumer).tag("topic", record.topic())
                    .publishPercentileHistogram().minimumExpectedValue(Duration.ofMillis(10))
                    .maximumExpectedValue(Duration.ofMinutes(30)).register(registry))
                    .record(Math.max(0, delay), TimeUnit.MILLISECONDS);
        } catch (NumberFormatException unreadable) {
            // a record from elsewhere: no delay to tell
        }
    }
}
