package vn.dvc.bench.driver;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import vn.dvc.bench.driver.Batch.Endpoint;
import vn.dvc.bench.stream.PortalItem;
import vn.dvc.bench.stream.PortalItem.DossierEvent;
import vn.dvc.bench.stream.PortalItem.DossierTotal;
import vn.dvc.bench.stream.PortalItem.Payment;

/**
 * Cuts the time-ordered stream into requests as a portal backfilling its history would: dossier events in batches of
 * {@code size}, split into {@code partitions} by dossier id (as Kafka keys do), so that a worker sending one
 * partition's batches never waits on the dossiers another worker's batch holds locked; payments and reports, which are
 * rarer, gathered into their own batches, sent when full or when the stream ends; each unit total on its own.
 * Workers share one batcher, each asking for its own partition.
 */
public final class Batcher {

    private final Iterator<PortalItem> stream;
    private final int size;
    private final int partitions;
    private final Map<Endpoint, List<PortalItem>> gathering = new EnumMap<>(Endpoint.class);
    private final List<List<PortalItem>> events = new ArrayList<>();
    private final List<Queue<Batch>> readyEvents = new ArrayList<>();
    private final Queue<Batch> ready = new ArrayDeque<>();

    public Batcher(Iterator<PortalItem> stream, int size) {
        this(stream, size, 1);
    }

    public Batcher(Iterator<PortalItem> stream, int size, int partitions) {
        this.stream = stream;
        this.size = size;
        this.partitions = partitions;
        for (int i = 0; i < partitions; i++) {
            events.add(new ArrayList<>(size));
            readyEvents.add(new ArrayDeque<>());
        }
    }

    public synchronized Optional<Batch> next() {
        return next(0);
    }

    /** The next request for a worker of this partition: its dossier events, or any of the other kinds. */
    public synchronized Optional<Batch> next(int partition) {
        Queue<Batch> own = readyEvents.get(Math.floorMod(partition, partitions));
        while (own.isEmpty() && ready.isEmpty() && stream.hasNext()) {
            take(stream.next());
        }
        if (own.isEmpty() && ready.isEmpty()) {
            flushAll();
        }
        return Optional.ofNullable(own.isEmpty() ? ready.poll() : own.poll());
    }

    private void take(PortalItem item) {
        Endpoint endpoint = endpointOf(item);
        if (endpoint == Endpoint.DOSSIER_TOTAL) {
            ready.add(new Batch(endpoint, List.of(item)));
            return;
        }
        if (endpoint == Endpoint.DOSSIER_EVENTS) {
            int partition = Math.floorMod(((DossierEvent) item).dossierId().hashCode(), partitions);
            List<PortalItem> batch = events.get(partition);
            batch.add(item);
            if (batch.size() == size) {
                readyEvents.get(partition).add(new Batch(endpoint, List.copyOf(batch)));
                batch.clear();
            }
            return;
        }
        List<PortalItem> batch = gathering.computeIfAbsent(endpoint, e -> new ArrayList<>(size));
        batch.add(item);
        if (batch.size() == size) {
            ready.add(new Batch(endpoint, List.copyOf(batch)));
            batch.clear();
        }
    }

    /** The stream is exhausted: what is gathered goes as it is, on the shared queue. */
    private void flushAll() {
        for (List<PortalItem> batch : events) {
            if (!batch.isEmpty()) {
                ready.add(new Batch(Endpoint.DOSSIER_EVENTS, List.copyOf(batch)));
                batch.clear();
            }
        }
        readyEvents.forEach(queue -> {
            ready.addAll(queue);
            queue.clear();
        });
        gathering.forEach((endpoint, batch) -> {
            if (!batch.isEmpty()) {
                ready.add(new Batch(endpoint, List.copyOf(batch)));
                batch.clear();
            }
        });
    }

    /** The partly gathered batches, emptied: what a stopped run has taken from the stream but not sent. */
    public synchronized List<Batch> remainder() {
        flushAll();
        List<Batch> rest = new ArrayList<>(ready);
        ready.clear();
        return rest;
    }

    private static Endpoint endpointOf(PortalItem item) {
        if (item instanceof DossierEvent) {
            return Endpoint.DOSSIER_EVENTS;
        }
        if (item instanceof Payment) {
            return Endpoint.PAYMENTS;
        }
        if (item instanceof DossierTotal) {
            return Endpoint.DOSSIER_TOTAL;
        }
        return Endpoint.REPORT_SUBMISSIONS;
    }
}
