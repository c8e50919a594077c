package vn.dvc.bench.faults;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import vn.dvc.contracts.Topic;

/**
 * Fault 9: records no consumer can read (not JSON, or JSON without an event id) on each topic, while the stream
 * flows. Each consumer that meets one puts it on the topic's dead-letter topic with where it came from and why, and
 * goes on: so each consumer's dead-letter count equals what was injected, and the figures still come out exact.
 */
final class PoisonRecordsCase implements FaultCase {

    private static final int PER_ROUND = 4;
    /** The consumers of each topic (their inbox names), each dead-lettering its own copy. */
    private static final Map<Topic, List<String>> CONSUMERS = Map.of(
            Topic.DOSSIER_EVENTS, List.of("kpi-dossier-events"),
            Topic.PAYMENT_EVENTS, List.of("kpi-payment-events"),
            Topic.REPORT_EVENTS, List.of("kpi-report-events"),
            Topic.CATALOG_EVENTS, List.of("kpi-catalog-events", "payment-catalog-events", "reporting-catalog-events"));

    private final String marker = "poison-" + UUID.randomUUID().toString().substring(0, 8);

    public String name() {
        return "poison-records";
    }

    public String fault() {
        return PER_ROUND + " unreadable records on each of the four topics per round";
    }

    public Duration load(boolean full) {
        return Duration.ofSeconds(full ? 60 : 25);
    }

    public void inject(Injector injector, int round, boolean full) {
        for (Topic topic : CONSUMERS.keySet()) {
            injector.poison(topic.name(), marker + "-r" + round, PER_ROUND);
        }
    }

    @Override
    public List<Check> verify(Injector injector, CaseRun run) {
        Map<String, Integer> dead = deadLettered(injector.suite().settings().kafka().toString());
        List<Check> checks = new ArrayList<>();
        CONSUMERS.forEach((topic, consumers) -> consumers.forEach(consumer -> {
            int count = dead.getOrDefault(topic.deadLetter().name() + "/" + consumer, 0);
            checks.add(Check.of(consumer + " dead-lettered every poison record of " + topic.name(), count == 3 * PER_ROUND,
                    count + " on " + topic.deadLetter().name() + " of " + (3 * PER_ROUND) + " injected"));
        }));
        return checks;
    }

    /** This case's records on the dead-letter topics, by topic and the consumer that put them there. */
    private Map<String, Integer> deadLettered(String bootstrapServers) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, "fault-suite-" + UUID.randomUUID());
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        Map<String, Integer> counts = new HashMap<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(CONSUMERS.keySet().stream().map(topic -> topic.deadLetter().name()).toList());
            int quietPolls = 0;
            while (quietPolls < 5) {
                var records = consumer.poll(Duration.ofSeconds(1));
                quietPolls = records.isEmpty() ? quietPolls + 1 : 0;
                for (ConsumerRecord<String, String> record : records) {
                    if (record.key() != null && record.key().startsWith(marker)) {
                        counts.merge(record.topic() + "/" + header(record, "dead-letter-consumer"), 1, Integer::sum);
                    }
                }
            }
        }
        return counts;
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? "?" : new String(header.value(), java.nio.charset.StandardCharsets.UTF_8);
    }
}
