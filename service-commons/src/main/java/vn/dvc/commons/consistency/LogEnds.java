package vn.dvc.commons.consistency;

import jakarta.annotation.PreDestroy;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.dvc.contracts.Topic;

/** Where a topic's log ends now: per partition, the offset of its newest record (asked of the broker). */
@ApplicationScoped
public class LogEnds {

    private static final Logger LOG = Logger.getLogger(LogEnds.class);
    private static final long TIMEOUT_SECONDS = 5;

    private final String bootstrapServers;
    private final String applicationName;
    private Admin admin;

    public LogEnds(@ConfigProperty(name = "kafka.bootstrap.servers", defaultValue = "localhost:9092") String bootstrapServers,
                   @ConfigProperty(name = "quarkus.application.name") String applicationName) {
        this.bootstrapServers = bootstrapServers;
        this.applicationName = applicationName;
    }

    /** The newest record's offset per partition of the topic (partitions never written left out); empty when unknown. */
    public Optional<Positions> of(String topic) {
        try {
            Admin client = admin();
            List<TopicPartition> partitions = client.describeTopics(List.of(topic)).allTopicNames()
                    .get(TIMEOUT_SECONDS, TimeUnit.SECONDS).get(topic).partitions().stream()
                    .map(partition -> new TopicPartition(topic, partition.partition())).toList();
            Map<TopicPartition, OffsetSpec> asked = new HashMap<>();
            partitions.forEach(partition -> asked.put(partition, OffsetSpec.latest()));
            Map<TopicPartition, Long> newest = new HashMap<>();
            client.listOffsets(asked).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS).forEach((partition, end) -> {
                if (end.offset() > 0) {
                    newest.put(partition, end.offset() - 1);
                }
            });
            return Optional.of(new Positions(newest));
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            LOG.debugf(e, "The end of %s is not known: %s", topic, e.getMessage());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /**
     * In a service that consumes the catalogue: connects at start, off the start's path, so that the first read that
     * asks does not wait for the connection.
     */
    void warmUp(@Observes StartupEvent started, AppliedPositions applied) {
        if (!applied.consumedTopics().contains(Topic.CATALOG_EVENTS.name())) {
            return;
        }
        Thread connecting = new Thread(() -> of(Topic.CATALOG_EVENTS.name()), "log-ends-warm-up");
        connecting.setDaemon(true);
        connecting.start();
    }

    private synchronized Admin admin() {
        if (admin == null) {
            admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                    AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5_000,
                    AdminClientConfig.CLIENT_ID_CONFIG, applicationName + "-log-ends"));
        }
        return admin;
    }

    @PreDestroy
    synchronized void close() {
        Optional.ofNullable(admin).ifPresent(Admin::close);
    }
}
