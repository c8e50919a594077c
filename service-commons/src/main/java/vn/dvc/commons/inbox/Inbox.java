package vn.dvc.commons.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.Session;

/**
 * The consumer side of "nothing counted twice": a consumer claims the event ids of a batch inside the transaction
 * that applies them, and applies only the ids it wins. A redelivered or duplicated record is then a no-op. Two
 * consumers racing for the same id make one transaction fail on the primary key, and its retry sees the id as taken.
 */
@ApplicationScoped
public class Inbox {

    private final EntityManager entityManager;

    public Inbox(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Records the ids not yet processed by this consumer and answers them (duplicates inside the batch once). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<String> claim(String consumer, Collection<String> eventIds) {
        Set<String> candidates = new LinkedHashSet<>(eventIds);
        if (candidates.isEmpty()) {
            return candidates;
        }
        @SuppressWarnings("unchecked")
        List<String> seen = entityManager
                .createNativeQuery("SELECT event_id FROM processed_event WHERE consumer = ?1 AND event_id IN (?2)")
                .setParameter(1, consumer)
                .setParameter(2, candidates)
                .getResultList();
        candidates.removeAll(new HashSet<>(seen));
        insert(consumer, candidates);
        return candidates;
    }

    private void insert(String consumer, Set<String> eventIds) {
        if (eventIds.isEmpty()) {
            return;
        }
        Timestamp now = Timestamp.from(Instant.now());
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO processed_event (consumer, event_id, processed_at) VALUES (?, ?, ?)")) {
                for (String eventId : eventIds) {
                    insert.setString(1, consumer);
                    insert.setString(2, eventId);
                    insert.setTimestamp(3, now);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }
}
