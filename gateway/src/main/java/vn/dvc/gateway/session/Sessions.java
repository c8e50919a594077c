package vn.dvc.gateway.session;

import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;
import vn.dvc.gateway.config.SecurityConfig;
import vn.dvc.gateway.security.ApiKey;
import vn.dvc.gateway.security.ApiKeys;

/**
 * Dashboard sessions: opened with an API key's token (sent once, in a body), then carried by an HttpOnly SameSite=Strict
 * cookie. A session acts for its key — same role, same subtree, same rate — and ends at sign-out, at its expiry, or
 * when its key is revoked or expires. Signed-out sessions are kept in the database and reread every
 * {@code key-refresh}, so sign-out holds on every instance and across restarts.
 */
@ApplicationScoped
public class Sessions {

    private static final Logger LOG = Logger.getLogger(Sessions.class);

    private final ApiKeys keys;
    private final EndedSessionStore store;
    private final SecurityConfig config;
    private final Vertx vertx;
    private final SessionCookies cookies;
    private volatile Set<String> ended = Set.of();

    public Sessions(ApiKeys keys, EndedSessionStore store, SecurityConfig config, Vertx vertx) {
        this.keys = keys;
        this.store = store;
        this.config = config;
        this.vertx = vertx;
        this.cookies = new SessionCookies(config.identitySecret());
    }

    void start(@Observes StartupEvent started) {
        reload();
        vertx.setPeriodic(config.keyRefresh().toMillis(), tick -> vertx.executeBlocking(() -> {
            reload();
            return null;
        }, false).onFailure(failure -> LOG.warnf("Ended sessions not reread (the last ones read still apply): %s", failure.getMessage())));
    }

    /** A session of the key the token is, if the token is an active key. */
    public Optional<Opened> open(String token) {
        return keys.authenticate(token).map(key -> {
            SessionCookies.Session session = cookies.open(key.id(), Instant.now().plus(config.sessionLifetime()));
            return new Opened(key, session, cookies.valueOf(session));
        });
    }

    /** The active key a cookie's session acts for, if the session is valid and was not ended. */
    public Optional<ApiKey> callerOf(String cookie) {
        Instant now = Instant.now();
        return cookies.read(cookie, now).filter(session -> !ended.contains(session.id()))
                .flatMap(session -> keys.find(session.keyId())).filter(key -> key.active(now));
    }

    public Optional<SessionCookies.Session> sessionOf(String cookie) {
        return cookies.read(cookie, Instant.now()).filter(session -> !ended.contains(session.id()));
    }

    /** Ends the cookie's session everywhere; blocking (call it off the event loop). */
    public void end(String cookie) {
        sessionOf(cookie).ifPresent(session -> {
            store.end(session.id(), session.expiresAt());
            Set<String> now = new HashSet<>(ended);
            now.add(session.id());
            ended = Set.copyOf(now);
        });
    }

    private void reload() {
        ended = Set.copyOf(store.stillValid(Instant.now()));
    }

    /** A session just opened: its key, the session, and the cookie's value. */
    public record Opened(ApiKey key, SessionCookies.Session session, String cookie) {
    }
}
