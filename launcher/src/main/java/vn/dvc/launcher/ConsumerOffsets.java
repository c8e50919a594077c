package vn.dvc.launcher;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * What a broker holds, as lines a diff can compare: every consumer group's committed offset and every partition's end
 * offset ({@code ./suite offsets}). The isolation check takes it before and after a test run to show the suite's
 * topics and consumers untouched.
 */
final class ConsumerOffsets {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private ConsumerOffsets() {
    }

    static List<String> of(Endpoint broker) {
        Properties properties = new Properties();
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.toString());
        properties.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
        try (Admin admin = Admin.create(properties)) {
            List<String> lines = new ArrayList<>();
            for (ConsumerGroupListing group : admin.listConsumerGroups().all().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group.groupId())
                        .partitionsToOffsetAndMetadata().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
                committed.forEach((partition, offset) -> lines.add("group " + group.groupId() + " " + partition + " "
                        + (offset == null ? "-" : offset.offset())));
            }
            List<TopicPartition> partitions = new ArrayList<>();
            admin.describeTopics(admin.listTopics().names().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS)).allTopicNames()
                    .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS).forEach((topic, description) -> description.partitions()
                            .forEach(partition -> partitions.add(new TopicPartition(topic, partition.partition()))));
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(partitions.stream()
                    .collect(Collectors.toMap(partition -> partition, partition -> OffsetSpec.latest())))
                    .all().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            ends.forEach((partition, end) -> lines.add("end " + partition + " " + end.offset()));
            lines.sort(null);
            return lines;
        } catch (ExecutionException | TimeoutException e) {
            throw new LauncherException("Could not read the offsets of the broker at " + broker + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LauncherException("Interrupted while reading the offsets of the broker at " + broker, e);
        }
    }
}
