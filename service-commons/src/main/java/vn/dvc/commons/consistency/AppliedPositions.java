package vn.dvc.commons.consistency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.Config;
import vn.dvc.commons.concurrent.ChangeSignal;
import vn.dvc.commons.jdbc.Jdbc;
import vn.dvc.commons.messaging.BatchCommitted;

/**
 * How far this service's consumers have applied the log, per partition, as committed with their effects — so that
 * every instance reads the same answer from the database, whichever instance applied the records.
 */
@ApplicationScoped
public class AppliedPositions {

    private static final Pattern INCOMING_TOPIC = Pattern.compile("mp\\.messaging\\.incoming\\.([^.]+)\\.topic");
    /** How often a waiting read looks again when no commit of this instance woke it (another instance applies). */
    private static final Duration RECHECK = Duration.ofMillis(20);

    private final Jdbc jdbc;
    private final Set<String> consumedTopics;
    private final ChangeSignal commits = new ChangeSignal();

    public AppliedPositions(Jdbc jdbc, Config config) {
        this.jdbc = jdbc;
        this.consumedTopics = consumedTopicsOf(config);
    }

    /** The topics this service consumes: the only ones a read here may have to wait for. */
    public Set<String> consumedTopics() {
        return consumedTopics;
    }

    /** In the transaction of a poll's effect: the newest offset of each partition the poll brought. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void advance(ConsumerRecords<String, String> records) {
        Map<TopicPartition, Long> newest = new HashMap<>();
        for (ConsumerRecord<String, String> record : records) {
            newest.merge(new TopicPartition(record.topic(), record.partition()), record.offset(), Math::max);
        }
        List<List<?>> rows = new ArrayList<>();
        newest.forEach((partition, offset) -> rows.add(List.of(partition.topic(), partition.partition(), offset)));
        jdbc.batch("INSERT INTO consumer_position (topic, partition_no, applied_offset) VALUES (?, ?, ?) "
                + "ON DUPLICATE KEY UPDATE applied_offset = GREATEST(applied_offset, VALUES(applied_offset))", rows);
    }

    /** Every partition's newest applied offset. */
    public Map<TopicPartition, Long> applied() {
        Map<TopicPartition, Long> applied = new HashMap<>();
        jdbc.forEach("SELECT topic, partition_no, applied_offset FROM consumer_position", List.of(), row ->
                applied.put(new TopicPartition(row.string("topic"), (int) row.longValue("partition_no")),
                        row.longValue("applied_offset")));
        return applied;
    }

    /**
     * Waits, at most {@code timeout}, until every position is applied; answers what is still missing per topic
     * (none: all applied) and when the reading that found them applied began.
     */
    public Awaited await(Positions positions, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long seen = commits.generation();
            long readAt = System.nanoTime();
            Map<String, Long> behind = positions.behind(applied());
            long left = deadline - System.nanoTime();
            if (behind.isEmpty() || left <= 0) {
                return new Awaited(behind, readAt);
            }
            if (!commits.awaitAfter(seen, RECHECK.compareTo(Duration.ofNanos(left)) < 0 ? RECHECK : Duration.ofNanos(left))) {
                return new Awaited(behind, readAt);
            }
        }
    }

    /** Records still to apply per topic, and the moment ({@link System#nanoTime()}) the applied positions were read. */
    public record Awaited(Map<String, Long> behind, long readAtNanos) {
    }

    void onCommitted(@Observes BatchCommitted committed) {
        commits.signal();
    }

    private static Set<String> consumedTopicsOf(Config config) {
        Set<String> topics = new TreeSet<>();
        for (String name : config.getPropertyNames()) {
            Matcher matcher = INCOMING_TOPIC.matcher(name);
            if (matcher.matches() && config.getOptionalValue("mp.messaging.incoming." + matcher.group(1) + ".enabled",
                    Boolean.class).orElse(true)) {
                config.getOptionalValue(name, String.class).ifPresent(topics::add);
            }
        }
        return Set.copyOf(topics);
    }
}
