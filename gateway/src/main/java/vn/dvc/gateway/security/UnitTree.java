package vn.dvc.gateway.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.dvc.contracts.Topic;
import vn.dvc.contracts.catalog.UnitChanged;

/**
 * The unit tree as the gateway needs it for unit-scoped keys: each unit's parent, read from the compacted
 * {@code catalog-events} topic from its beginning and followed (no consumer group: every instance reads it all).
 * A unit not seen yet belongs to no subtree, so a unit key is refused rather than let through.
 */
@ApplicationScoped
public class UnitTree {

    private static final Logger LOG = Logger.getLogger(UnitTree.class);

    private final Map<String, String> parents = new ConcurrentHashMap<>();
    private final Set<String> known = ConcurrentHashMap.newKeySet();
    private final String bootstrapServers;
    private final ObjectMapper json;
    private volatile KafkaConsumer<String, String> consumer;

    public UnitTree(@ConfigProperty(name = "kafka.bootstrap.servers", defaultValue = "127.0.0.1:9092") String bootstrapServers,
                    ObjectMapper json) {
        this.bootstrapServers = bootstrapServers;
        this.json = json;
    }

    void start(@Observes StartupEvent started) {
        Thread reader = new Thread(this::follow, "unit-tree-reader");
        reader.setDaemon(true);
        reader.start();
    }

    void stop(@Observes ShutdownEvent stopping) {
        KafkaConsumer<String, String> current = consumer;
        if (current != null) {
            current.wakeup();
        }
    }

    /** Whether {@code unit} is {@code root} or below it. */
    public boolean isWithin(String unit, String root) {
        Set<String> seen = new HashSet<>();
        for (String current = unit; current != null && known.contains(current) && seen.add(current); current = parents.get(current)) {
            if (current.equals(root)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code unit} is a province: a known unit with no parent. */
    public boolean isRoot(String unit) {
        return known.contains(unit) && !parents.containsKey(unit);
    }

    /** Applies one unit change (also used by tests of the rules). */
    public void apply(UnitChanged unit) {
        known.add(unit.code());
        if (unit.parentCode() == null) {
            parents.remove(unit.code());
        } else {
            parents.put(unit.code(), unit.parentCode());
        }
    }

    private void follow() {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        while (true) {
            try (KafkaConsumer<String, String> reader = new KafkaConsumer<>(properties, new StringDeserializer(), new StringDeserializer())) {
                consumer = reader;
                List<TopicPartition> partitions = reader.partitionsFor(Topic.CATALOG_EVENTS.name()).stream()
                        .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
                reader.assign(partitions);
                reader.seekToBeginning(partitions);
                while (true) {
                    for (ConsumerRecord<String, String> record : reader.poll(Duration.ofSeconds(1))) {
                        if (record.key() != null && record.key().startsWith("unit/") && record.value() != null) {
                            read(record.value());
                        }
                    }
                }
            } catch (WakeupException stopping) {
                return;
            } catch (RuntimeException failure) {
                LOG.warnf("The unit tree is not being followed (retrying in 5 s): %s", failure.getMessage());
                try {
                    Thread.sleep(5_000);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private void read(String value) {
        try {
            apply(json.readValue(value, UnitChanged.class));
        } catch (Exception unreadable) {
            LOG.warnf("A catalog record the gateway cannot read was skipped: %s", unreadable.getMessage());
        }
    }
}
