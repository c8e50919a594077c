package vn.dvc.gateway.proxy;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.HttpProxy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;
import vn.dvc.gateway.config.GatewayConfig;
import vn.dvc.gateway.config.SecurityConfig;
import vn.dvc.gateway.security.AccessControl;
import vn.dvc.gateway.security.ApiKey;
import vn.dvc.gateway.security.AuditLog;
import vn.dvc.gateway.security.IdentityHeader;
import vn.dvc.gateway.security.Refusal;
import vn.dvc.gateway.security.Role;
import vn.dvc.gateway.security.SecurityResource;

/**
 * Every {@code /api} request: access control first ({@link AccessControl}: 401 without a valid key, 403 outside the
 * key's role or subtree or on an endpoint with no rule, 429 over its rate, 413 over the size), then routed to the
 * service that owns {@code /api/v1/<segment>} (configuration {@code gateway.routes}) with the caller's signed identity
 * instead of its key, or to the gateway's own endpoints. Changes made with ops keys are audited. Logs one line per
 * request with its correlation id, status and duration — never a key.
 */
@ApplicationScoped
public class ApiRoutes {

    private static final Logger LOG = Logger.getLogger(ApiRoutes.class);
    private static final String API_PREFIX = "/api/v1/";

    private static final Set<String> LOCAL_SEGMENTS = Set.of("api-keys", "audit");
    private static final Set<String> CHANGES = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final GatewayConfig config;
    private final SecurityConfig security;
    private final ServiceProxies proxies;
    private final AccessControl access;
    private final AuditLog audit;
    private final IdempotentRequests idempotent;

    public ApiRoutes(GatewayConfig config, SecurityConfig security, ServiceProxies proxies, AccessControl access,
                     AuditLog audit, IdempotentRequests idempotent) {
        this.config = config;
        this.security = security;
        this.proxies = proxies;
        this.access = access;
        this.audit = audit;
        this.idempotent = idempotent;
    }

    void register(@Observes Router router) {
        // before every other route, the gateway's own API endpoints included
        router.route("/api/*").order(Integer.MIN_VALUE + 10).handler(this::proxy);
    }

    private void proxy(RoutingContext routing) {
        long started = System.nanoTime();
        String requestId = RequestIds.takeOrCreate(routing.request().getHeader(RequestIds.HEADER));
        String path = routing.request().path();
        routing.addEndHandler(done -> LOG.infof("[%s] %s %s -> %d in %d ms", requestId, routing.request().method(),
                path, routing.response().getStatusCode(), (System.nanoTime() - started) / 1_000_000));
        if (!path.startsWith(API_PREFIX)) {
            refuse(routing, requestId, 404, "Not found", "No API at " + path, Map.of());
            return;
        }
        AccessControl.Decision decision = access.decide(routing.request(), path.substring(API_PREFIX.length() - 1));
        if (!decision.isAllowed()) {
            Refusal refusal = decision.refusal();
            refuse(routing, requestId, refusal.status(), refusal.title(), refusal.detail(), refusal.headers());
            return;
        }
        ApiKey caller = decision.caller();
        routing.request().headers().remove("Authorization").remove("X-API-Key")
                .set(IdentityHeader.NAME, IdentityHeader.of(caller, Instant.now(), security.identitySecret()));
        if (caller.role() == Role.OPS && CHANGES.contains(routing.request().method().name())) {
            routing.addEndHandler(done -> audit.record(caller, routing.request().method().name(), path,
                    routing.request().query(), routing.response().getStatusCode(), requestId));
        }
        if (LOCAL_SEGMENTS.contains(segmentOf(path))) {
            routing.put(SecurityResource.CALLER, caller);
            routing.response().putHeader(RequestIds.HEADER, requestId);
            routing.next();
            return;
        }
        Optional<HttpProxy> proxy = ownerOf(path).flatMap(proxies::of);
        if (proxy.isEmpty()) {
            refuse(routing, requestId, 404, "Not found", "No API at " + path, Map.of());
            return;
        }
        routing.request().headers().set(RequestIds.HEADER, requestId);
        if (decision.rule().idempotencyKey() && routing.request().getHeader(IdempotentRequests.HEADER) != null) {
            routing.response().putHeader(RequestIds.HEADER, requestId);
            idempotent.handle(routing, caller, ownerOf(path).orElseThrow(), requestId);
            return;
        }
        proxy.get().handle(routing.request());
    }

    private Optional<String> ownerOf(String path) {
        return Optional.ofNullable(config.routes().get(segmentOf(path)));
    }

    private static String segmentOf(String path) {
        String rest = path.substring(API_PREFIX.length());
        int slash = rest.indexOf('/');
        return slash < 0 ? rest : rest.substring(0, slash);
    }

    private static void refuse(RoutingContext routing, String requestId, int status, String title, String detail,
                               Map<String, String> headers) {
        routing.response().setStatusCode(status)
                .putHeader("Content-Type", Problems.MEDIA_TYPE)
                .putHeader(RequestIds.HEADER, requestId);
        headers.forEach(routing.response()::putHeader);
        routing.response().end(Problems.json(status, title, detail, routing.request().path()));
    }
}
