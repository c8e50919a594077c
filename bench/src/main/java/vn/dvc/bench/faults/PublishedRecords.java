package vn.dvc.bench.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * How many times the outbox relays published each item of a case: every record of the given topics whose value
 * carries the case's namespace, by event id, read from the beginning to the end offsets of now. A copy sent before
 * {@code faultFrom} — in normal running — is told apart from one sent after the first fault.
 */
final class PublishedRecords {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * @param records          records of the case on the topics
     * @param items            distinct event ids among them
     * @param repeatedInNormal copies beyond the first of an item, both sent before the first fault
     * @param repeatedAfter    the other copies beyond the first (sent again around a killed relay)
     */
    record Tally(long records, long items, long repeatedInNormal, long repeatedAfter) {
    }

    private PublishedRecords() {
    }

    static Tally of(String bootstrapServers, List<String> topics, String namespace, Instant faultFrom) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        properties.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5_000);
        Map<String, Long> firstSentAt = new HashMap<>();
        long records = 0;
        long repeatedInNormal = 0;
        long repeatedAfter = 0;
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = topics.stream().flatMap(topic -> consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition()))).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < ends.get(partition))) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofSeconds(1))) {
                    if (record.value() == null || !record.value().contains(namespace)) {
                        continue;
                    }
                    String eventId = eventIdOf(record.value());
                    records++;
                    Long first = firstSentAt.putIfAbsent(eventId, record.timestamp());
                    if (first != null) {
                        if (Math.max(first, record.timestamp()) < faultFrom.toEpochMilli()) {
                            repeatedInNormal++;
                        } else {
                            repeatedAfter++;
                        }
                    }
                }
            }
        }
        return new Tally(records, firstSentAt.size(), repeatedInNormal, repeatedAfter);
    }

    private static String eventIdOf(String value) {
        try {
            JsonNode event = JSON.readTree(value);
            return event.path("eventId").asText(value);
        } catch (IOException unreadable) {
            return value;
        }
    }
}
