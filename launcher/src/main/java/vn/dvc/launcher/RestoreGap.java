package vn.dvc.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import vn.dvc.contracts.Topic;

/**
 * What a restore cannot give back to the owners: the records their services published after the backup (past its
 * log positions). The figures keep them — every projection is rebuilt from the log — but the owner's database does
 * not: a dossier whose record is newer than the restored dossier, and every other record published since. Each is
 * listed (topic, partition, offset, key) so that its sender can send it again; a dossier record the restored
 * dossier-service already holds (its version or a later one) is not a gap.
 */
public record RestoreGap(List<Missing> missing) {

    private static final Pattern DOSSIER_ID = Pattern.compile("\"dossierId\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern VERSION = Pattern.compile("\"version\"\\s*:\\s*(\\d+)");
    private static final Duration POLL = Duration.ofMillis(500);

    /** One record published after the backup that its owner's restored database does not hold. */
    public record Missing(String topic, int partition, long offset, String key, String dossierId, Long version) {
    }

    /** @param ends where the log ended when the restore began */
    static RestoreGap find(Suite suite, Optional<String> profile, Map<TopicPartition, Long> backupEnds,
                           Map<TopicPartition, Long> ends) {
        List<ConsumerRecord<String, String>> after = recordsBetween(suite.settings().kafka(), backupEnds, ends);
        Map<String, Long> restoredVersions = dossierVersions(suite, profile, after.stream()
                .filter(RestoreGap::isDossierRecord).map(record -> field(DOSSIER_ID, record.value())).filter(id -> id != null)
                .collect(Collectors.toSet()));
        List<Missing> missing = new ArrayList<>();
        for (ConsumerRecord<String, String> record : after) {
            if (isDossierRecord(record)) {
                String dossierId = field(DOSSIER_ID, record.value());
                String version = field(VERSION, record.value());
                Long recordVersion = version == null ? null : Long.valueOf(version);
                Long restored = restoredVersions.get(dossierId);
                if (restored == null || recordVersion == null || recordVersion > restored) {
                    missing.add(new Missing(record.topic(), record.partition(), record.offset(), record.key(), dossierId, recordVersion));
                }
            } else {
                missing.add(new Missing(record.topic(), record.partition(), record.offset(), record.key(), null, null));
            }
        }
        return new RestoreGap(missing);
    }

    /** Per topic, how many records the owners no longer hold. */
    public Map<String, Long> byTopic() {
        return missing.stream().collect(Collectors.groupingBy(Missing::topic, TreeMap::new, Collectors.counting()));
    }

    String summary() {
        return missing.isEmpty() ? "Nothing published after the backup is missing from the owners' databases"
                : "Published after the backup and missing from the owners' databases (the figures have them): " + byTopic();
    }

    void write(Path file) {
        List<String> lines = new ArrayList<>(List.of("topic,partition,offset,key,dossierId,version"));
        missing.forEach(one -> lines.add(String.join(",", one.topic(), Integer.toString(one.partition()),
                Long.toString(one.offset()), csv(one.key()), csv(one.dossierId()), one.version() == null ? "" : one.version().toString())));
        try {
            Files.write(file, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("The restore's gap could not be written to " + file, e);
        }
    }

    private static String csv(String value) {
        return value == null ? "" : "\"" + value.replace("\"", "\"\"") + "\"";
    }

    private static boolean isDossierRecord(ConsumerRecord<String, String> record) {
        return record.topic().equals(Topic.DOSSIER_EVENTS.name()) || record.topic().equals(Topic.DOSSIER_EVENTS_LIVE.name());
    }

    private static String field(Pattern pattern, String json) {
        Matcher matcher = pattern.matcher(json == null ? "" : json);
        return matcher.find() ? matcher.group(1) : null;
    }

    /** The records of the owners' topics (not the dead letters) from the backup's end to the end now. */
    private static List<ConsumerRecord<String, String>> recordsBetween(Endpoint broker, Map<TopicPartition, Long> from,
                                                                      Map<TopicPartition, Long> to) {
        Set<String> owned = Topic.EVENT_TOPICS.stream().map(Topic::name).collect(Collectors.toSet());
        Map<TopicPartition, Long> starts = new HashMap<>();
        to.forEach((partition, end) -> {
            long start = from.getOrDefault(partition, 0L);
            if (owned.contains(partition.topic()) && end > start) {
                starts.put(partition, start);
            }
        });
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        if (starts.isEmpty()) {
            return records;
        }
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.toString());
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        properties.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2_000);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties, new StringDeserializer(), new StringDeserializer())) {
            consumer.assign(starts.keySet());
            starts.forEach(consumer::seek);
            Map<TopicPartition, Long> remaining = new HashMap<>(starts);
            while (!remaining.isEmpty()) {
                for (ConsumerRecord<String, String> record : consumer.poll(POLL)) {
                    TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                    if (remaining.containsKey(partition) && record.offset() < to.get(partition)) {
                        records.add(record);
                    }
                }
                remaining.keySet().removeIf(partition -> consumer.position(partition) >= to.get(partition));
            }
        }
        return records;
    }

    private static Map<String, Long> dossierVersions(Suite suite, Optional<String> profile, Set<String> dossierIds) {
        Map<String, Long> versions = new HashMap<>();
        if (dossierIds.isEmpty()) {
            return versions;
        }
        SuiteService owner = SuiteService.DOSSIER;
        try (Connection connection = DriverManager.getConnection("jdbc:mysql://" + suite.settings().database() + "/"
                + Backups.schema(owner, profile) + "?allowPublicKeyRetrieval=true&useSSL=false", owner.database().orElseThrow(),
                DatabaseAccounts.devPasswordOf(owner))) {
            List<String> ids = List.copyOf(dossierIds);
            for (int from = 0; from < ids.size(); from += 1_000) {
                List<String> chunk = ids.subList(from, Math.min(ids.size(), from + 1_000));
                try (PreparedStatement query = connection.prepareStatement("SELECT dossier_id, version FROM dossier WHERE dossier_id IN ("
                        + String.join(", ", chunk.stream().map(id -> "?").toList()) + ")")) {
                    for (int i = 0; i < chunk.size(); i++) {
                        query.setString(i + 1, chunk.get(i));
                    }
                    try (ResultSet rows = query.executeQuery()) {
                        while (rows.next()) {
                            versions.put(rows.getString(1), rows.getLong(2));
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new LauncherException("Could not read the restored dossiers' versions: " + e.getMessage(), e);
        }
        return versions;
    }
}
