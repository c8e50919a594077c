package vn.dvc.commons.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * What the consumers did, for an operator: {@code dvc_consumer_dead_lettered_total} (records no code could read, by
 * consumer and topic) and {@code dvc_consumer_effect_delay_seconds} — from the moment the producing service committed
 * an item (its outbox record was appended in that very transaction) to the moment this consumer committed its effect,
 * e.g. kpi-service's figures — and {@code dvc_consumer_repeated_events_total} (events the inbox absorbed). All are
 * recorded after the consumer's transaction committed.
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

    /**
     * Events of a poll the inbox had already seen — redelivered after a rebalance or a crash before the offsets were
     * committed, or sent twice — and therefore not applied again.
     */
    public void repeated(String consumer, int events) {
        if (events > 0) {
            Counter.builder("dvc.consumer.repeated.events").description("Events the inbox had already applied: not applied again")
                    .tag("consumer", consumer).register(registry).increment(events);
        }
    }

    public void applied(String consumer, ConsumerRecord<String, String> record, long nowMillis) {
        OptionalLong appendedAt = appendedAtOf(record);
        if (appendedAt.isPresent()) {
            long delay = nowMillis - appendedAt.getAsLong();
            delays.computeIfAbsent(consumer + '\n' + record.topic(), name -> Timer.builder("dvc.consumer.effect.delay")
                    .description("From the producing transaction's commit to this consumer's commit of its effect")
                    .tag("consumer", consumer).tag("topic", record.topic())
                    .publishPercentileHistogram().minimumExpectedValue(Duration.ofMillis(10))
                    .maximumExpectedValue(Duration.ofMinutes(30)).register(registry))
                    .record(Math.max(0, delay), TimeUnit.MILLISECONDS);
        }
    }

    /** When the record's item was committed by the service that produced it; empty for a record from elsewhere. */
    public static OptionalLong appendedAtOf(ConsumerRecord<String, String> record) {
        Header appendedAt = record.headers().lastHeader(APPENDED_AT);
        if (appendedAt == null) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(new String(appendedAt.value(), StandardCharsets.UTF_8)));
        } catch (NumberFormatException unreadable) {
            return OptionalLong.empty();
        }
    }
}
