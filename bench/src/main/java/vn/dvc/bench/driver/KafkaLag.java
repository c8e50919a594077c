package vn.dvc.bench.driver;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * How far the suite's consumer groups are behind the topics: the records appended and not yet committed. Zero for
 * every group means every record on the topics has been applied (and its offset committed).
 */
public final class KafkaLag implements AutoCloseable {

    private final Admin admin;
    /** The suite's consumer groups: one per service and topic it reads. */
    public static final List<String> SUITE_GROUPS = List.of("kpi-service.dossier-events", "kpi-service.dossier-events-live",
            "kpi-service.catalog-events",
            "kpi-service.payment-events", "kpi-service.report-events", "payment-service.catalog-events",
            "reporting-service.catalog-events");

    private final List<String> groups;

    public KafkaLag(String bootstrapServers, List<String> groups) {
        Properties properties = new Properties();
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        this.admin = Admin.create(properties);
        this.groups = groups;
    }

    /** The lag of each group over the topics it has committed offsets on. */
    public Map<String, Long> lagByGroup() {
        Map<String, Long> lag = new HashMap<>();
        try {
            for (String group : groups) {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                        .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
                Map<TopicPartition, Long> ends = endOffsets(committed.keySet());
                long behind = 0;
                for (Map.Entry<TopicPartition, OffsetAndMetadata> entry : committed.entrySet()) {
                    if (entry.getValue() != null) {
                        behind += Math.max(0, ends.getOrDefault(entry.getKey(), 0L) - entry.getValue().offset());
                    }
                }
                lag.put(group, behind);
            }
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Cannot read consumer lag: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
        return lag;
    }

    public long totalLag() {
        return lagByGroup().values().stream().mapToLong(Long::longValue).sum();
    }

    /** The offset after the last record of each partition. */
    public Map<TopicPartition, Long> endOffsets(Collection<TopicPartition> partitions)
            throws ExecutionException, InterruptedException, TimeoutException {
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        partitions.forEach(partition -> latest.put(partition, OffsetSpec.latest()));
        Map<TopicPartition, Long> ends = new HashMap<>();
        for (Map.Entry<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> entry
                : admin.listOffsets(latest).all().get(10, TimeUnit.SECONDS).entrySet()) {
            ends.put(entry.getKey(), entry.getValue().offset());
        }
        return ends;
    }

    public Admin admin() {
        return admin;
    }

    @Override
    public void close() {
        admin.close();
    }
}
