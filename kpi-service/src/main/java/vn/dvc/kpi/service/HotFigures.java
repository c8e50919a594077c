package vn.dvc.kpi.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.dvc.commons.concurrent.WorkSignal;
import vn.dvc.commons.consistency.ReadFloor;
import vn.dvc.commons.messaging.BatchCommitted;
import vn.dvc.rules.time.PortalTime;

/**
 * The figures of the scopes read lately, kept in memory so that a read does not queue behind the writers. Every
 * answer is computed from committed rows and stamped with the moment its computation began ({@code asOf}). It is
 * served again while no batch has committed in this instance since (for at most {@code max-age}: the bound on what
 * other instances commit), or while it is younger than {@code max-staleness}; each commit wakes a refresher that
 * recomputes the scopes read in the last {@code hot-for}, so readers find them fresh. Empty at start-up: nothing
 * survives a restart but the database.
 */
@ApplicationScoped
public class HotFigures {

    private static final Logger LOG = Logger.getLogger(HotFigures.class);

    private final boolean enabled;
    private final long maxStalenessNanos;
    private final long maxAgeNanos;
    private final long hotForNanos;
    private final int maxKeys;
    private final AtomicLong generation = new AtomicLong();
    private final Map<Object, Entry> entries = new ConcurrentHashMap<>();
    private final WorkSignal work = new WorkSignal();
    private final Counter hits;
    private final Counter misses;
    private volatile boolean running;
    private Thread refresher;

    public HotFigures(@ConfigProperty(name = "kpi.hot-reads.enabled", defaultValue = "true") boolean enabled,
                      @ConfigProperty(name = "kpi.hot-reads.max-staleness", defaultValue = "2S") Duration maxStaleness,
                      @ConfigProperty(name = "kpi.hot-reads.max-age", defaultValue = "10S") Duration maxAge,
                      @ConfigProperty(name = "kpi.hot-reads.hot-for", defaultValue = "2M") Duration hotFor,
                      @ConfigProperty(name = "kpi.hot-reads.max-keys", defaultValue = "256") int maxKeys,
                      MeterRegistry registry) {
        this.enabled = enabled;
        this.maxStalenessNanos = maxStaleness.toNanos();
        this.maxAgeNanos = maxAge.toNanos();
        this.hotForNanos = hotFor.toNanos();
        this.maxKeys = maxKeys;
        this.hits = Counter.builder("kpi.hot.reads").tag("outcome", "memory").register(registry);
        this.misses = Counter.builder("kpi.hot.reads").tag("outcome", "computed").register(registry);
    }

    /** The figure for a key: from memory when fresh enough, otherwise computed now (and kept). */
    @SuppressWarnings("unchecked")
    public <T> Answer<T> get(Object key, Supplier<T> compute) {
        if (!enabled) {
            return new Answer<>(compute.get(), Instant.now());
        }
        long now = System.nanoTime();
        Entry entry = entries.get(key);
        if (entry != null && entry.computedNanos >= ReadFloor.ofCurrentRequest() && fresh(entry, now)) {
            entry.lastReadNanos = now;
            hits.increment();
            return new Answer<>((T) entry.value, entry.asOf);
        }
        misses.increment();
        Entry computed = compute(compute, now);
        if (entries.size() < maxKeys || entries.containsKey(key)) {
            entries.put(key, computed);
        }
        return new Answer<>((T) computed.value, computed.asOf);
    }

    /** A batch committed here: what memory holds may be behind it, so the refresher brings the hot scopes up. */
    void onCommitted(@Observes BatchCommitted committed) {
        generation.incrementAndGet();
        wakeUp();
    }

    void start(@Observes StartupEvent started) {
        if (!enabled) {
            return;
        }
        running = true;
        refresher = new Thread(this::refreshUntilStopped, "hot-figures");
        refresher.setDaemon(true);
        refresher.start();
    }

    void stop(@Observes ShutdownEvent stopping) {
        running = false;
        wakeUp();
    }

    private boolean fresh(Entry entry, long now) {
        long age = now - entry.computedNanos;
        boolean sameDay = entry.day.equals(LocalDate.now(PortalTime.LOCAL_ZONE));
        return sameDay && (age <= maxStalenessNanos || entry.generation == generation.get() && age <= maxAgeNanos);
    }

    /** Stamped before it reads: a commit during the computation leaves the entry outdated, never wrongly fresh. */
    private Entry compute(Supplier<?> compute, long lastReadNanos) {
        long stamp = generation.get();
        long started = System.nanoTime();
        Instant asOf = Instant.now();
        LocalDate day = LocalDate.now(PortalTime.LOCAL_ZONE);
        return new Entry(compute.get(), compute, stamp, started, asOf, day, lastReadNanos);
    }

    private void refreshUntilStopped() {
        while (running) {
            if (!work.await(Duration.ofNanos(maxAgeNanos / 4))) {
                return;
            }
            try {
                refreshRound();
            } catch (RuntimeException e) {
                LOG.warnf("Hot figures: a refresh round failed, reads compute again: %s", e.getMessage());
            }
        }
    }

    /**
     * Recomputes the entries read lately that a commit or their age has outdated, the most recently read first;
     * forgets those nobody reads. A commit during the round starts it again from the top, so the scopes read most
     * often are brought up first and the rest are never more than {@code max-staleness} behind.
     */
    private void refreshRound() {
        long now = System.nanoTime();
        entries.entrySet().removeIf(kept -> now - kept.getValue().lastReadNanos > hotForNanos);
        long roundGeneration = generation.get();
        List<Object> keys = entries.entrySet().stream()
                .sorted(Comparator.comparingLong(kept -> -kept.getValue().lastReadNanos))
                .filter(kept -> outdated(kept.getValue()))
                .map(Map.Entry::getKey).toList();
        for (Object key : keys) {
            if (!running) {
                return;
            }
            if (generation.get() != roundGeneration) {
                wakeUp();
                return;
            }
            refresh(key);
        }
    }

    private boolean outdated(Entry entry) {
        return entry.generation != generation.get() || System.nanoTime() - entry.computedNanos > maxAgeNanos / 2
                || !entry.day.equals(LocalDate.now(PortalTime.LOCAL_ZONE));
    }

    private void refresh(Object key) {
        Entry old = entries.get(key);
        if (old == null || !running) {
            return;
        }
        try {
            Entry computed = compute(old.compute, old.lastReadNanos);
            computed.lastReadNanos = old.lastReadNanos;
            entries.replace(key, old, computed);
        } catch (RuntimeException gone) {
            // the scope no longer answers (a unit removed): the next read computes and answers the problem itself
            entries.remove(key, old);
        }
    }

    private void wakeUp() {
        work.signal();
    }

    /** A figure and the moment of the committed rows it was computed from. */
    public record Answer<T>(T value, Instant asOf) {
    }

    private static final class Entry {
        final Object value;
        final Supplier<?> compute;
        final long generation;
        final long computedNanos;
        final Instant asOf;
        final LocalDate day;
        volatile long lastReadNanos;

        Entry(Object value, Supplier<?> compute, long generation, long computedNanos, Instant asOf, LocalDate day,
              long lastReadNanos) {
            this.value = value;
            this.compute = compute;
            this.generation = generation;
            this.computedNanos = computedNanos;
            this.asOf = asOf;
            this.day = day;
            this.lastReadNanos = lastReadNanos;
        }
    }
}
