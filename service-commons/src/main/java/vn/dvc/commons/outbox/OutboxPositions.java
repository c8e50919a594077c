package vn.dvc.commons.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import vn.dvc.commons.consistency.Positions;
import vn.dvc.commons.jdbc.Jdbc;

/** How far the outbox relay has published, per partition of the log: the newest offset it sent there. */
@ApplicationScoped
public class OutboxPositions {

    private final Jdbc jdbc;

    public OutboxPositions(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** In the transaction that marks a round published: where its records landed. */
    @Transactional(Transactional.TxType.MANDATORY)
    void advance(List<RecordMetadata> landed) {
        Map<TopicPartition, Long> newest = new HashMap<>();
        for (RecordMetadata record : landed) {
            if (record.hasOffset()) {
                newest.merge(new TopicPartition(record.topic(), record.partition()), record.offset(), Math::max);
            }
        }
        List<List<?>> rows = new ArrayList<>();
        newest.forEach((partition, offset) -> rows.add(List.of(partition.topic(), partition.partition(), offset)));
        jdbc.batch("INSERT INTO outbox_position (topic, partition_no, published_offset) VALUES (?, ?, ?) "
                + "ON DUPLICATE KEY UPDATE published_offset = GREATEST(published_offset, VALUES(published_offset))", rows);
    }

    /** Every partition's newest published offset. */
    public Positions published() {
        Map<TopicPartition, Long> offsets = new HashMap<>();
        jdbc.forEach("SELECT topic, partition_no, published_offset FROM outbox_position", List.of(), row ->
                offsets.put(new TopicPartition(row.string("topic"), (int) row.longValue("partition_no")),
                        row.longValue("published_offset")));
        return new Positions(offsets);
    }

    /** The newest record appended and committed so far (0 when none): a write's own records are at or below it. */
    public long lastAppended() {
        return jdbc.rows("SELECT COALESCE(MAX(id), 0) AS last_id FROM outbox_record", List.of()).get(0).longValue("last_id");
    }

    /** Whether every record up to {@code id} has been published. */
    public boolean publishedThrough(long id) {
        return jdbc.rows("SELECT 1 FROM outbox_record WHERE published_at IS NULL AND id <= ? LIMIT 1", List.of(id)).isEmpty();
    }
}
