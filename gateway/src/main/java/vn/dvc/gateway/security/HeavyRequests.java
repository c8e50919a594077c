package vn.dvc.gateway.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;
import vn.dvc.gateway.config.SecurityConfig;

/**
 * How many heavy requests (appendices, bulletins, reconcile, rankings over every unit) each key has running on this
 * instance: past {@code gateway.security.heavy-requests-per-key} the next is refused (429) rather than queued, so one
 * key cannot hold every worker of the services behind it.
 */
@ApplicationScoped
public class HeavyRequests {

    private final ConcurrentMap<String, AtomicInteger> running = new ConcurrentHashMap<>();
    private final int perKey;

    public HeavyRequests(SecurityConfig config) {
        this.perKey = config.heavyRequestsPerKey();
    }

    /** Takes a place for the key; false when all of its places are taken. */
    public boolean tryStart(String keyId) {
        AtomicInteger count = running.computeIfAbsent(keyId, id -> new AtomicInteger());
        if (count.incrementAndGet() > perKey) {
            count.decrementAndGet();
            return false;
        }
        return true;
    }

    public void finish(String keyId) {
        running.get(keyId).decrementAndGet();
    }

    public int perKey() {
        return perKey;
    }
}
