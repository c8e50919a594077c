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
 * Cuts the time-ordered stream into requests as a portal backfilling its history would: consecutive dossier events
 * in batches of {@code size}; payments and reports, which are rarer, gathered into their own batches, sent when full
 * or when the stream ends; each unit total on its own. Workers share one batcher.
 */
public final class Batcher {

    private final Iterator<PortalItem> stream;
    private final int size;
    private final Map<Endpoint, List<PortalItem>> gathering = new EnumMap<>(Endpoint.class);
    private final Queue<Batch> ready = new ArrayDeque<>();

    public Batcher(Iterator<PortalItem> stream, int size) {
        this.stream = stream;
        this.size = size;
    }

    public synchronized Optional<Batch> next() {
        while (ready.isEmpty() && stream.hasNext()) {
            PortalItem item = stream.next();
            Endpoint endpoint = endpointOf(item);
            if (endpoint == Endpoint.DOSSIER_TOTAL) {
                ready.add(new Batch(endpoint, List.of(item)));
                continue;
            }
            List<PortalItem> batch = gathering.computeIfAbsent(endpoint, e -> new ArrayList<>(size));
            batch.add(item);
            if (batch.size() == size) {
                ready.add(new Batch(endpoint, List.copyOf(batch)));
                batch.clear();
            }
        }
        if (ready.isEmpty()) {
            gathering.forEach((endpoint, batch) -> {
                if (!batch.isEmpty()) {
                    ready.add(new Batch(endpoint, List.copyOf(batch)));
                    batch.clear();
                }
            });
        }
        return Optional.ofNullable(ready.poll());
    }

    /** The partly gathered batches, emptied: what a stopped run has taken from the stream but not sent. */
    public synchronized List<Batch> remainder() {
        List<Batch> rest = new ArrayList<>(ready);
        ready.clear();
        gathering.forEach((endpoint, batch) -> {
            if (!batch.isEmpty()) {
                rest.add(new Batch(endpoint, List.copyOf(batch)));
                batch.clear();
            }
        });
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
