package vn.dvc.commons.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.dvc.commons.jdbc.Jdbc;

/**
 * The consumer side of "nothing counted twice": a consumer claims the event ids of a batch inside the transaction
 * that applies them, and applies only the ids it wins. A redelivered or duplicated record is then a no-op. Two
 * consumers racing for the same id make one transaction fail on the primary key, and its retry sees the id as taken.
 */
@ApplicationScoped
public class Inbox {

    private final Jdbc jdbc;

    public Inbox(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the ids not yet processed by this consumer and answers them (duplicates inside the batch once). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<String> claim(String consumer, Collection<String> eventIds) {
        Set<String> candidates = new LinkedHashSet<>(eventIds);
        if (candidates.isEmpty()) {
            return candidates;
        }
        List<Object> parameters = new ArrayList<>();
        parameters.add(consumer);
        parameters.addAll(candidates);
        jdbc.rows("SELECT event_id FROM processed_event WHERE consumer = ? AND event_id IN ("
                        + Jdbc.placeholders(candidates.size()) + ")", parameters)
                .forEach(row -> candidates.remove(row.string("event_id")));
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.batch("INSERT INTO processed_event (consumer, event_id, processed_at) VALUES (?, ?, ?)",
                candidates.stream().<List<?>>map(eventId -> List.of(consumer, eventId, now)).toList());
        return candidates;
    }
}
