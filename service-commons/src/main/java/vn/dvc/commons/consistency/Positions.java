package vn.dvc.commons.consistency;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.common.TopicPartition;

/**
 * The consistency token: per partition of the event log, the offset of the last record a write had published
 * ({@code dossier-events:3:1204,catalog-events:0:17}; {@code -} when nothing). A read sent with it is answered once
 * every record up to those offsets, on the topics the answering service consumes, has been applied. Tokens join by
 * a comma: the union waits for both.
 */
public record Positions(Map<TopicPartition, Long> offsets) {

    private static final Comparator<TopicPartition> ORDER = Comparator.comparing(TopicPartition::topic)
            .thenComparingInt(TopicPartition::partition);

    public static final String WRITTEN_HEADER = "X-DVC-Written";
    public static final String AFTER_HEADER = "X-DVC-After";
    public static final String AFTER_PARAMETER = "after";
    public static final Positions NONE = new Positions(Map.of());

    private static final String EMPTY = "-";
    private static final int MAX_LENGTH = 8_000;
    private static final int MAX_ENTRIES = 500;
    private static final Pattern ENTRY = Pattern.compile("([A-Za-z0-9._-]{1,200}):(\\d{1,5}):(\\d{1,18})");

    public Positions {
        offsets = Map.copyOf(offsets);
    }

    /** The token read; empty when it is malformed (too long, or an entry not {@code topic:partition:offset}). */
    public static Optional<Positions> parse(String token) {
        if (token == null || token.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        Map<TopicPartition, Long> offsets = new TreeMap<>(ORDER);
        String[] entries = token.split(",", -1);
        if (entries.length > MAX_ENTRIES) {
            return Optional.empty();
        }
        for (String entry : entries) {
            String trimmed = entry.trim();
            if (trimmed.equals(EMPTY)) {
                continue;
            }
            Matcher matcher = ENTRY.matcher(trimmed);
            if (!matcher.matches()) {
                return Optional.empty();
            }
            offsets.merge(new TopicPartition(matcher.group(1), Integer.parseInt(matcher.group(2))),
                    Long.parseLong(matcher.group(3)), Math::max);
        }
        return Optional.of(new Positions(offsets));
    }

    /** The positions on these topics only. */
    public Positions on(Collection<String> topics) {
        Map<TopicPartition, Long> kept = new TreeMap<>(ORDER);
        offsets.forEach((partition, offset) -> {
            if (topics.contains(partition.topic())) {
                kept.put(partition, offset);
            }
        });
        return new Positions(kept);
    }

    /** Per topic, the records not yet applied: how far {@code applied} is behind these positions. */
    public Map<String, Long> behind(Map<TopicPartition, Long> applied) {
        Map<String, Long> behind = new TreeMap<>();
        offsets.forEach((partition, offset) -> {
            long missing = offset - applied.getOrDefault(partition, -1L);
            if (missing > 0) {
                behind.merge(partition.topic(), missing, Long::sum);
            }
        });
        return behind;
    }

    public boolean isEmpty() {
        return offsets.isEmpty();
    }

    @Override
    public String toString() {
        if (offsets.isEmpty()) {
            return EMPTY;
        }
        List<String> entries = new ArrayList<>();
        offsets.entrySet().stream().sorted(Map.Entry.comparingByKey(ORDER)).forEach(entry ->
                entries.add(entry.getKey().topic() + ":" + entry.getKey().partition() + ":" + entry.getValue()));
        return String.join(",", entries);
    }

}
