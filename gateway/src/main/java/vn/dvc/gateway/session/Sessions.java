package vn.dvc.gateway.session;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;
import vn.dvc.gateway.config.SecurityConfig;
import vn.dvc.gateway.security.ApiKey;
import vn.dvc.gateway.security.ApiKeys;

/**
 * Dashboard sessions: opened with an API key's token (sent once, in a body), then carried by a signed cookie. A session
 * acts for its key — same role, same subtree, same rate — and ends at its expiry; when the key is revoked, expires or is
 * rotated to a new secret; or when a session of the key signs out, which ends every session of that key opened until
 * then ({@link ApiKey#sessionsAfter()}: one instant per key in the database, reread with the keys, so it holds on every
 * instance and across restarts — nothing grows with the number of sign-outs).
 */
@ApplicationScoped
public class Sessions {

    private final ApiKeys keys;
    private final SecurityConfig config;
    private final SessionCookies cookies;

    public Sessions(ApiKeys keys, SecurityConfig config) {
        this.keys = keys;
        this.config = config;
        this.cookies = new SessionCookies(config.identitySecret());
    }

    /** A session of the key the token is, if the token is an active key. */
    public Optional<Opened> open(String token) {
        return keys.authenticate(token).map(key -> {
            Instant now = Instant.now();
            SessionCookies.Session session = cookies.open(key.id(), now, now.plus(config.sessionLifetime()));
            return new Opened(key, session, cookies.valueOf(session, key.hash()));
        });
    }

    /** The active key a cookie's session acts for, if the session is valid and has not ended. */
    public Optional<ApiKey> callerOf(String cookie) {
        return current(cookie).map(Current::key);
    }

    /** The cookie's session and its key, if the session is valid and has not ended. */
    public Optional<Current> current(String cookie) {
        Instant now = Instant.now();
        return cookies.read(cookie, now, keyId -> keys.find(keyId).filter(key -> key.active(now)).map(ApiKey::hash))
                .flatMap(session -> keys.find(session.keyId()).filter(key -> key.sessionsAfter() == null
                        || session.openedAt().isAfter(key.sessionsAfter())).map(key -> new Current(key, session)));
    }

    /** Ends every session of the cookie's key opened until now; blocking (call it off the event loop). */
    public void end(String cookie) {
        current(cookie).ifPresent(current -> keys.endSessions(current.key().id()));
    }

    /** A session just opened: its key, the session, and the cookie's value. */
    public record Opened(ApiKey key, SessionCookies.Session session, String cookie) {
    }

    /** A session in force and the key it acts for. */
    public record Current(ApiKey key, SessionCookies.Session session) {
    }
}
