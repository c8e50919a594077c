package vn.dvc.gateway.proxy;

import io.vertx.core.Future;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * The instances of one back service the gateway sends to, in turn. A request goes to the next instance; one that
 * does not take the connection is skipped for the one after it (nothing was sent yet, so nothing can happen twice)
 * and tried last for the next {@link #RESTING} — so an instance that is down costs one refused connection now and
 * then, not one per request. Only when no instance takes the connection does the caller get a failure. Behind a
 * Kubernetes Service there is one address and the cluster balances; the list is for instances run side by side
 * without one (the launcher's second instances).
 */
final class ServiceInstances {

    static final Duration RESTING = Duration.ofSeconds(5);

    private final List<URI> urls;
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicLongArray refusedUntil;
    private final LongSupplier clock;

    ServiceInstances(List<URI> urls, LongSupplier clock) {
        if (urls.isEmpty()) {
            throw new IllegalArgumentException("a service needs at least one instance");
        }
        this.urls = List.copyOf(urls);
        this.refusedUntil = new AtomicLongArray(urls.size());
        this.clock = clock;
    }

    ServiceInstances(List<URI> urls) {
        this(urls, System::currentTimeMillis);
    }

    /** Runs the attempt on the instances, the next in turn first, until one connects; else fails with the last failure. */
    <T> Future<T> connect(Function<URI, Future<T>> attempt) {
        return tryEach(attempt, order(), 0);
    }

    /** An instance that answered it is stopping (503) rests, so that the retry goes to another. */
    void rest(URI url) {
        int index = urls.indexOf(url);
        if (index >= 0) {
            refusedUntil.set(index, clock.getAsLong() + RESTING.toMillis());
        }
    }

    /** Every instance once: those not resting from the next in turn on, then the resting ones. */
    List<Integer> order() {
        int first = Math.floorMod(next.getAndIncrement(), urls.size());
        long now = clock.getAsLong();
        List<Integer> awake = new ArrayList<>();
        List<Integer> resting = new ArrayList<>();
        for (int i = 0; i < urls.size(); i++) {
            int index = (first + i) % urls.size();
            (refusedUntil.get(index) > now ? resting : awake).add(index);
        }
        awake.addAll(resting);
        return awake;
    }

    private <T> Future<T> tryEach(Function<URI, Future<T>> attempt, List<Integer> order, int tried) {
        int index = order.get(tried);
        return attempt.apply(urls.get(index))
                .onSuccess(connected -> refusedUntil.set(index, 0))
                .recover(failure -> {
                    refusedUntil.set(index, clock.getAsLong() + RESTING.toMillis());
                    return tried + 1 < order.size() ? tryEach(attempt, order, tried + 1) : Future.failedFuture(failure);
                });
    }
}
