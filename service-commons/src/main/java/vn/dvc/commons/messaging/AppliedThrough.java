package vn.dvc.commons.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import vn.dvc.commons.metrics.ConsumerMeters;

/**
 * How far this instance's consumers have applied: per consumer, the newest producing commit (the outbox record's
 * append time) among the records it has committed the effect of. Held in memory: a restarted instance knows again
 * after its first poll.
 */
@ApplicationScoped
public class AppliedThrough {

    private final Map<String, Long> newestByConsumer = new ConcurrentHashMap<>();

    void note(String consumer, ConsumerRecord<String, String> record) {
        ConsumerMeters.appendedAtOf(record).ifPresent(appendedAt -> newestByConsumer.merge(consumer, appendedAt, Math::max));
    }

    /** The newest producing commit whose effect this instance's consumer has committed; empty before its first. */
    public Optional<Instant> of(String consumer) {
        return Optional.ofNullable(newestByConsumer.get(consumer)).map(Instant::ofEpochMilli);
    }
}
