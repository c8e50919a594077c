package vn.dvc.launcher;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.GroupIdNotFoundException;

/** Where topics begin and end, and how far consumer groups have come through them: what a rebuild replays and follows. */
final class LogPositions {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    /** Each partition's first and next offset when the rebuild began: what it must replay. */
    record Span(Map<TopicPartition, Long> beginnings, Map<TopicPartition, Long> ends) {

        long records() {
            return ends.entrySet().stream().mapToLong(end -> end.getValue() - beginnings.get(end.getKey())).sum();
        }
    }

    private LogPositions() {
    }

    static Span span(Endpoint broker, List<String> topics) {
        return withAdmin(broker, admin -> {
            List<TopicPartition> partitions = new ArrayList<>();
            admin.describeTopics(topics).allTopicNames().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS).forEach((topic, description) ->
                    description.partitions().forEach(partition -> partitions.add(new TopicPartition(topic, partition.partition()))));
            return new Span(offsets(admin, partitions, OffsetSpec.earliest()), offsets(admin, partitions, OffsetSpec.latest()));
        });
    }

    /** Deletes the groups (their members must be gone): each starts again from the beginning of its topics. */
    static void deleteGroups(Endpoint broker, List<String> groups) {
        withAdmin(broker, admin -> {
            for (Map.Entry<String, KafkaFuture<Void>> deletion : admin.deleteConsumerGroups(groups).deletedGroups().entrySet()) {
                try {
                    deletion.getValue().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof GroupIdNotFoundException)) {
                        throw e;
                    }
                }
            }
            return null;
        });
    }

    /** The records of the span the groups have committed, each partition counted up to the span's end. */
    static long applied(Endpoint broker, List<String> groups, Span span) {
        return withAdmin(broker, admin -> {
            Map<TopicPartition, Long> committed = new HashMap<>();
            for (String group : groups) {
                Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(group)
                        .partitionsToOffsetAndMetadata().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
                offsets.forEach((partition, offset) -> {
                    if (offset != null) {
                        committed.merge(partition, offset.offset(), Math::max);
                    }
                });
            }
            return span.ends().entrySet().stream().mapToLong(end -> {
                long beginning = span.beginnings().get(end.getKey());
                long reached = Math.min(end.getValue(), committed.getOrDefault(end.getKey(), beginning));
                return Math.max(0, reached - beginning);
            }).sum();
        });
    }

    private static Map<TopicPartition, Long> offsets(Admin admin, List<TopicPartition> partitions, OffsetSpec spec) throws Exception {
        return admin.listOffsets(partitions.stream().collect(Collectors.toMap(partition -> partition, partition -> spec)))
                .all().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().offset()));
    }

    private interface AdminCall<T> {
        T call(Admin admin) throws Exception;
    }

    private static <T> T withAdmin(Endpoint broker, AdminCall<T> call) {
        Properties properties = new Properties();
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.toString());
        properties.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
        try (Admin admin = Admin.create(properties)) {
            return call.call(admin);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LauncherException("Interrupted while reading the broker at " + broker, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new LauncherException("The broker at " + broker + " did not answer: " + e.getMessage(), e);
        } catch (Exception e) {
            throw new LauncherException("The broker at " + broker + " failed: " + e.getMessage(), e);
        }
    }
}
