package vn.dvc.launcher;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewPartitions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import vn.dvc.contracts.Topic;

/**
 * Creates every topic of the suite explicitly (the broker never auto-creates), with its partitions, compaction and
 * retention; on a topic that exists, brings its settings back to what {@link Topic} says and grows it to its
 * partition count (partitions are never removed: a topic with more keeps them).
 */
final class TopicProvisioner {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private TopicProvisioner() {
    }

    /** Answers the names of the topics created now. */
    static List<String> ensure(Endpoint broker, Collection<Topic> topics) {
        Properties properties = new Properties();
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.toString());
        properties.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
        try (Admin admin = Admin.create(properties)) {
            Set<String> existing = admin.listTopics().names().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            List<NewTopic> missing = new ArrayList<>();
            Map<ConfigResource, Collection<AlterConfigOp>> corrections = new HashMap<>();
            Map<String, NewPartitions> growths = growthsOf(admin, topics.stream().filter(t -> existing.contains(t.name())).toList());
            for (Topic topic : topics) {
                if (existing.contains(topic.name())) {
                    corrections.put(new ConfigResource(ConfigResource.Type.TOPIC, topic.name()), settingsOf(topic).entrySet()
                            .stream().map(e -> new AlterConfigOp(new ConfigEntry(e.getKey(), e.getValue()), AlterConfigOp.OpType.SET))
                            .toList());
                } else {
                    missing.add(new NewTopic(topic.name(), topic.partitions(), (short) 1).configs(settingsOf(topic)));
                }
            }
            admin.createTopics(missing).all().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            admin.incrementalAlterConfigs(corrections).all().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            admin.createPartitions(growths).all().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            return missing.stream().map(NewTopic::name).toList();
        } catch (ExecutionException | TimeoutException e) {
            throw new LauncherException("Could not create the topics on " + broker + ": " + rootMessage(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LauncherException("Interrupted while creating topics");
        }
    }

    private static Map<String, NewPartitions> growthsOf(Admin admin, List<Topic> existing)
            throws ExecutionException, TimeoutException, InterruptedException {
        Map<String, TopicDescription> described = admin.describeTopics(existing.stream().map(Topic::name).toList())
                .allTopicNames().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        Map<String, NewPartitions> growths = new HashMap<>();
        existing.stream().filter(topic -> described.get(topic.name()).partitions().size() < topic.partitions())
                .forEach(topic -> growths.put(topic.name(), NewPartitions.increaseTo(topic.partitions())));
        return growths;
    }

    static Map<String, String> settingsOf(Topic topic) {
        Map<String, String> settings = new HashMap<>(topic.settings());
        settings.put(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, "1");
        return settings;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
