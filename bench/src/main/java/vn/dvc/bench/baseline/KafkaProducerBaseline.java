package vn.dvc.bench.baseline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The broker's own ceiling on this machine: one producer with the outbox relay's settings ({@code acks=all},
 * idempotence, lz4, linger 5 ms, 128 KB batches) sending records of the suite's size to a scratch topic with the
 * partitions of {@code dossier-events}, every send acknowledged. The topic is deleted afterwards.
 */
public final class KafkaProducerBaseline {

    private static final String TOPIC = "bench-raw-producer";

    private KafkaProducerBaseline() {
    }

    public record Result(long records, int recordBytes, double seconds) {

        public double recordsPerSecond() {
            return records / seconds;
        }

        public double megabytesPerSecond() {
            return records * (double) recordBytes / seconds / 1e6;
        }
    }

    public static Result run(String bootstrapServers, String samplePayload, long records) {
        try (Admin admin = Admin.create(adminProperties(bootstrapServers))) {
            admin.deleteTopics(List.of(TOPIC));
            awaitQuietly();
            admin.createTopics(List.of(new NewTopic(TOPIC, 3, (short) 1))).all().get(30, TimeUnit.SECONDS);
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerProperties(bootstrapServers),
                    new StringSerializer(), new StringSerializer())) {
                // warm-up: metadata, connections, JIT
                sendAll(producer, samplePayload, Math.min(records / 10, 20_000));
                long start = System.nanoTime();
                sendAll(producer, samplePayload, records);
                double seconds = (System.nanoTime() - start) / 1e9;
                return new Result(records, samplePayload.getBytes(java.nio.charset.StandardCharsets.UTF_8).length, seconds);
            } finally {
                admin.deleteTopics(List.of(TOPIC));
            }
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Kafka baseline failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    private static void sendAll(KafkaProducer<String, String> producer, String payload, long records)
            throws ExecutionException, InterruptedException {
        List<Future<RecordMetadata>> pending = new ArrayList<>(10_000);
        for (long i = 0; i < records; i++) {
            pending.add(producer.send(new ProducerRecord<>(TOPIC, "dossier-" + i, payload)));
            if (pending.size() == 10_000) {
                for (Future<RecordMetadata> acknowledgement : pending) {
                    acknowledgement.get();
                }
                pending.clear();
            }
        }
        producer.flush();
        for (Future<RecordMetadata> acknowledgement : pending) {
            acknowledgement.get();
        }
    }

    private static Properties adminProperties(String bootstrapServers) {
        Properties properties = new Properties();
        properties.put("bootstrap.servers", bootstrapServers);
        return properties;
    }

    private static Properties producerProperties(String bootstrapServers) {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        properties.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        properties.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        properties.put(ProducerConfig.BATCH_SIZE_CONFIG, 131_072);
        properties.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        return properties;
    }

    private static void awaitQuietly() {
        try {
            Thread.sleep(Duration.ofSeconds(2).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
