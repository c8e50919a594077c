package vn.dvc.commons.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Reads a record's JSON as an event; a record that does not read (or lacks an event id) is poison. */
@ApplicationScoped
public class RecordReader {

    private final ObjectMapper json;
    private final PoisonRecords poison;

    public RecordReader(ObjectMapper json, PoisonRecords poison) {
        this.json = json;
        this.poison = poison;
    }

    /** @param consumer who reads it: a poison record is dead-lettered once per consumer that meets it */
    public <T> Optional<T> read(String consumer, ConsumerRecord<String, String> record, Class<T> type,
                                Function<T, String> eventId) {
        try {
            T event = json.readValue(record.value(), type);
            if (event == null || eventId.apply(event) == null || eventId.apply(event).isBlank()) {
                poison.deadLetter(consumer, record, "no eventId");
                return Optional.empty();
            }
            return Optional.of(event);
        } catch (Exception unreadable) {
            poison.deadLetter(consumer, record, "unreadable as " + type.getSimpleName());
            return Optional.empty();
        }
    }
}
