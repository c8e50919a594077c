package vn.dvc.commons.outbox;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The relay's Kafka producer: {@code acks=all} with idempotence, so a record counts as sent only once the broker
 * has it in every in-sync replica, and producer retries never duplicate it in the log.
 */
@ApplicationScoped
public class KafkaPublisher {

    private final KafkaProducer<String, String> producer;

    public KafkaPublisher(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
                          @ConfigProperty(name = "quarkus.application.name") String applicationName) {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ProducerConfig.CLIENT_ID_CONFIG, applicationName + "-outbox");
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        properties.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        properties.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        properties.put(ProducerConfig.BATCH_SIZE_CONFIG, 131_072);
        properties.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        properties.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
        properties.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000);
        properties.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        this.producer = new KafkaProducer<>(properties, new StringSerializer(), new StringSerializer());
    }

    /**
     * Sends every message and returns once the broker acknowledged all of them, with where each landed; throws if any
     * was not acknowledged.
     */
    public List<RecordMetadata> publishAll(List<OutboxMessage> messages, Duration timeout) {
        List<Future<RecordMetadata>> acknowledgements = new ArrayList<>(messages.size());
        for (OutboxMessage message : messages) {
            ProducerRecord<String, String> record = new ProducerRecord<>(message.topic(), message.key(), message.payload());
            for (Map.Entry<String, String> header : message.headers().entrySet()) {
                record.headers().add(header.getKey(), header.getValue().getBytes(StandardCharsets.UTF_8));
            }
            acknowledgements.add(producer.send(record));
        }
        producer.flush();
        long deadline = System.nanoTime() + timeout.toNanos();
        List<RecordMetadata> landed = new ArrayList<>(acknowledgements.size());
        try {
            for (Future<RecordMetadata> acknowledgement : acknowledgements) {
                landed.add(acknowledgement.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS));
            }
            return landed;
        } catch (ExecutionException | TimeoutException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new PublishFailedException("The broker did not acknowledge the outbox records: " + cause, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublishFailedException("Interrupted while publishing", e);
        }
    }

    @PreDestroy
    void close() {
        producer.close(Duration.ofSeconds(5));
    }

    /** The broker did not take a round of records; they stay in the outbox and are sent again. */
    public static class PublishFailedException extends RuntimeException {
        PublishFailedException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
