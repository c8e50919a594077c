package vn.dvc.commons.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;
import vn.dvc.commons.metrics.ConsumerMeters;
import vn.dvc.commons.outbox.Outbox;
import vn.dvc.commons.outbox.OutboxMessage;

/**
 * A record no code can read goes to {@code <topic>-dlq} with where it came from and why, through the outbox — in
 * the same transaction that moves the consumer past it, so it is neither lost nor dead-lettered twice.
 */
@ApplicationScoped
public class PoisonRecords {

    private static final Logger LOG = Logger.getLogger(PoisonRecords.class);

    private final Outbox outbox;
    private final ConsumerMeters meters;
    private final TransactionSynchronizationRegistry transactions;

    public PoisonRecords(Outbox outbox, ConsumerMeters meters, TransactionSynchronizationRegistry transactions) {
        this.outbox = outbox;
        this.meters = meters;
        this.transactions = transactions;
    }

    public void deadLetter(String consumer, ConsumerRecord<String, String> record, String reason) {
        LOG.warnf("Poison record %s-%d@%d sent to %s-dlq: %s", record.topic(), record.partition(), record.offset(),
                record.topic(), reason);
        outbox.appendAll(List.of(new OutboxMessage(record.topic() + "-dlq",
                record.key() == null ? "" : record.key(), record.value() == null ? "" : record.value(),
                Map.of("dead-letter-reason", reason,
                        "dead-letter-consumer", consumer,
                        "dead-letter-topic", record.topic(),
                        "dead-letter-partition", Integer.toString(record.partition()),
                        "dead-letter-offset", Long.toString(record.offset())))));
        // counted once the move past it is committed: a rolled-back, retried poll dead-letters it once
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    meters.deadLettered(consumer, record.topic());
                }
            }
        });
    }
}
