package vn.dvc.payment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.dvc.commons.outbox.Outbox;
import vn.dvc.commons.outbox.OutboxRelay;

/** payment-service boots on its real database (migrated by Liquibase) and its outbox reaches the real topic. */
@QuarkusTest
class PaymentServiceFoundationTest {

    @Inject
    Outbox outbox;
    @Inject
    OutboxRelay relay;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void isReadyWithItsDatabaseAndBroker() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void anUnknownPathIsAProblem() {
        given().get("/api/v1/nothing-here").then().statusCode(404).contentType("application/problem+json")
                .body("status", equalTo(404));
    }

    @Test
    void aCommittedOutboxRecordIsPublishedAndARolledBackOneIsNot() {
        String committed = "tx-" + UUID.randomUUID();
        String rolledBack = "tx-" + UUID.randomUUID();
        try (KafkaConsumer<String, String> topic = readerFromNow("payment-events")) {
            QuarkusTransaction.requiringNew().run(() -> outbox.append("payment-events", committed, Map.of("transactionId", committed)));
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    outbox.append("payment-events", rolledBack, Map.of("transactionId", rolledBack));
                    throw new IllegalStateException("the change fails after its event was appended");
                });
            } catch (IllegalStateException expected) {
                // the transaction rolled back, and the outbox record with it
            }

            List<ConsumerRecord<String, String>> received = new ArrayList<>();
            Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> {
                topic.poll(Duration.ofMillis(200)).forEach(received::add);
                return received.stream().anyMatch(r -> committed.equals(r.key()));
            });
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> relay.pendingCount() == 0);
            topic.poll(Duration.ofMillis(500)).forEach(received::add);
            assertThat(received).extracting(ConsumerRecord::key).contains(committed).doesNotContain(rolledBack);
            assertThat(received.stream().filter(r -> committed.equals(r.key())).findFirst().orElseThrow().value())
                    .isEqualTo("{\"transactionId\":\"" + committed + "\"}");
        }
    }

    private KafkaConsumer<String, String> readerFromNow(String topicName) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties, new StringDeserializer(), new StringDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(topicName).stream()
                .map(info -> new TopicPartition(topicName, info.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        return consumer;
    }
}
