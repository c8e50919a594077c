package vn.dvc.gateway.security;

import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import vn.dvc.access.Role;
import vn.dvc.gateway.config.SecurityConfig;

/**
 * The keys, held in memory so that a request is checked without touching the database: reread every
 * {@code key-refresh}, and at once on this instance after a key is made or revoked here.
 */
@ApplicationScoped
public class ApiKeys {

    private static final Logger LOG = Logger.getLogger(ApiKeys.class);
    public static final String FROM_CONFIG = "config";
    public static final String FROM_API = "api";

    private final ApiKeyStore store;
    private final SecurityConfig config;
    private final Vertx vertx;
    private final AuditLog audit;
    private volatile Map<String, ApiKey> byId = Map.of();

    public ApiKeys(ApiKeyStore store, SecurityConfig config, Vertx vertx, AuditLog audit) {
        this.store = store;
        this.config = config;
        this.vertx = vertx;
        this.audit = audit;
    }

    void start(@Observes StartupEvent started) {
        storeConfigured(config.keys().orElse(List.of()));
        vertx.setPeriodic(config.keyRefresh().toMillis(), tick -> vertx.executeBlocking(() -> {
            reload();
            return null;
        }, false).onFailure(failure -> LOG.warnf("API keys not reread (the last ones read still apply): %s", failure.getMessage())));
    }

    /**
     * Stores a deployment's keys: new ones as they are; one whose hash, role, unit or name changed replaces the stored
     * one (a rotated secret), recorded in the audit log; a revoked one stays revoked.
     */
    void storeConfigured(List<String> lines) {
        for (ApiKey key : lines.stream().map(ApiKeys::configured).toList()) {
            if (!store.insertIfAbsent(key) && store.replaceConfigured(key)) {
                LOG.infof("Configured API key %s replaced (its hash, role, unit or name changed)", key.id());
                audit.recordConfigurationChange(key);
            }
        }
        reload();
    }

    /** The active key the token is, if any. */
    public Optional<ApiKey> authenticate(String token) {
        return KeyTokens.idOf(token).map(byId::get).filter(key -> key.active(Instant.now()))
                .filter(key -> KeyTokens.matches(token, key.hash()));
    }

    public List<ApiKey> list() {
        return store.all();
    }

    public Optional<ApiKey> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** A new key; its token is answered once and kept nowhere. */
    public KeyTokens.Issued create(String name, Role role, String unitCode, Integer rate, Instant expiresAt, String createdBy) {
        KeyTokens.Issued issued = KeyTokens.issue();
        store.insertIfAbsent(new ApiKey(issued.id(), name, role, unitCode, issued.hash(), rate, FROM_API, Instant.now(),
                createdBy, null, expiresAt, null));
        reload();
        return issued;
    }

    /** Ends the key's dashboard sessions opened until now, on every instance (this one at once, the others within key-refresh). */
    public void endSessions(String id) {
        store.endSessions(id, Instant.now());
        reload();
    }

    public boolean revoke(String id, String revokedBy) {
        boolean revoked = store.revoke(id, Instant.now(), revokedBy);
        reload();
        return revoked;
    }

    private void reload() {
        byId = store.all().stream().collect(Collectors.toUnmodifiableMap(ApiKey::id, Function.identity()));
    }

    static ApiKey configured(String line) {
        String[] parts = line.split(":", 5);
        if (parts.length != 5 || !parts[0].matches("[0-9a-f]{12}") || !parts[3].matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("gateway.security.keys: each key is <id>:<role>:<unit>:<sha256>:<name>");
        }
        Role role = Role.ofKey(parts[1]).orElseThrow(() -> new IllegalArgumentException(
                "gateway.security.keys: '" + parts[1] + "' is not a role (portal, ministry, ops, unit)"));
        String unit = parts[2].isBlank() ? null : parts[2];
        if (role == Role.UNIT && unit == null || role == Role.MINISTRY && unit != null) {
            throw new IllegalArgumentException("gateway.security.keys: a unit key names its unit; a portal or ops key may name its "
                    + "province; a ministry key names none");
        }
        return new ApiKey(parts[0], parts[4], role, unit, parts[3], null, FROM_CONFIG, Instant.now(), FROM_CONFIG, null, null, null);
    }
}
