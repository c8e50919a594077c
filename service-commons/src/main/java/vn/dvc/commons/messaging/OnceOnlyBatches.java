package vn.dvc.commons.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import vn.dvc.commons.consistency.AppliedPositions;
import vn.dvc.commons.fault.FaultPoints;
import vn.dvc.contracts.fault.FaultPoint;
import vn.dvc.commons.inbox.Inbox;
import vn.dvc.commons.inbox.TransactionRetry;
import vn.dvc.commons.metrics.ConsumerMeters;
import vn.dvc.commons.tracing.TraceContexts;

/**
 * How every consumer applies a poll: in one transaction (retried on transient faults), unreadable
 * records dead-lettered, the event ids claimed in the inbox, and the effect run on the events not seen before —
 * each once, even when a record is redelivered or duplicated.
 */
@ApplicationScoped
public class OnceOnlyBatches {

    private final RecordReader reader;
    private final Inbox inbox;
    private final TransactionRetry retry;
    private final FaultPoints faults;
    private final ConsumerMeters meters;
    private final TraceContexts traces;
    private final Event<BatchCommitted> committedBatches;
    private final AppliedThrough appliedThrough;
    private final AppliedPositions positions;

    public OnceOnlyBatches(RecordReader reader, Inbox inbox, TransactionRetry retry, FaultPoints faults,
                           ConsumerMeters meters, TraceContexts traces, Event<BatchCommitted> committedBatches,
                           AppliedThrough appliedThrough, AppliedPositions positions) {
        this.positions = positions;
        this.appliedThrough = appliedThrough;
        this.committedBatches = committedBatches;
        this.meters = meters;
        this.traces = traces;
        this.reader = reader;
        this.inbox = inbox;
        this.retry = retry;
        this.faults = faults;
    }

    public <T> void apply(String consumer, ConsumerRecords<String, String> records, Class<T> type,
                          Function<T, String> eventId, Consumer<List<T>> effect) {
        Instant started = Instant.now();
        int repeated = retry.call(consumer + " batch", () -> {
            List<T> events = new ArrayList<>();
            for (ConsumerRecord<String, String> record : records) {
                reader.read(consumer, record, type, eventId).ifPresent(events::add);
            }
            Set<String> fresh = inbox.claim(consumer, events.stream().map(eventId).toList());
            List<T> unseen = events.stream().filter(event -> fresh.remove(eventId.apply(event))).toList();
            effect.accept(unseen);
            positions.advance(records);
            faults.pass(FaultPoint.CONSUMER_BEFORE_COMMIT);
            return events.size() - unseen.size();
        });
        meters.repeated(consumer, repeated);
        committedBatches.fire(new BatchCommitted(consumer, records.count()));
        faults.pass(FaultPoint.CONSUMER_AFTER_COMMIT);
        Instant committed = Instant.now();
        for (ConsumerRecord<String, String> record : records) {
            meters.applied(consumer, record, committed.toEpochMilli());
            appliedThrough.note(consumer, record);
            traces.applied(consumer, record, started, committed);
        }
    }
}
