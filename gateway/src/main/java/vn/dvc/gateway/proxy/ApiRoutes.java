package vn.dvc.gateway.proxy;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.HttpProxy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;
import vn.dvc.access.CanonicalPath;
import vn.dvc.access.Role;
import vn.dvc.access.identity.ContentDigest;
import vn.dvc.access.identity.SignedRequest;
import vn.dvc.gateway.config.GatewayConfig;
import vn.dvc.gateway.config.SecurityConfig;
import vn.dvc.gateway.security.AccessControl;
import vn.dvc.gateway.security.ApiKey;
import vn.dvc.gateway.security.AuditLog;
import vn.dvc.gateway.security.HeavyRequests;
import vn.dvc.gateway.security.IdentityHeader;
import vn.dvc.gateway.security.Refusal;
import vn.dvc.gateway.security.SecurityResource;
import vn.dvc.problem.Problem;
import vn.dvc.problem.Violation;
import vn.dvc.problem.web.RequestIds;

/**
 * Every {@code /api} request: a path not in its one canonical spelling, or a method override, is refused (400) before
 * anything else, so the decision, the log line and the service's router all see the same path; then access control
 * ({@link AccessControl}: 401 without a valid key, 403 outside the key's role or subtree or on an endpoint with no
 * rule, 429 over its rate or its heavy requests, 413 over the size); then the request is routed to the service that
 * owns {@code /api/v1/<segment>} (configuration {@code gateway.routes}) with the caller's identity signed for that
 * service and that very request — a body is read first, its bytes counted against the limit, and its digest signed
 * with it — or to the gateway's own endpoints. Changes made with ops keys are audited. Logs one line per request with
 * its correlation id, status and duration — never a key.
 */
@ApplicationScoped
public class ApiRoutes {

    private static final Logger LOG = Logger.getLogger(ApiRoutes.class);
    private static final String API_PREFIX = "/api/v1/";
    private static final String SESSION_PATH = "/api/v1/session";
    private static final List<String> SESSION_METHODS = List.of("GET", "POST", "DELETE");

    private static final Set<String> LOCAL_SEGMENTS = Set.of("api-keys", "audit");
    private static final Set<String> CHANGES = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final Set<String> WITHOUT_BODY = Set.of("GET", "HEAD", "OPTIONS", "DELETE");
    private static final List<String> METHOD_OVERRIDES = List.of("X-HTTP-Method-Override", "X-HTTP-Method", "X-Method-Override");

    private final GatewayConfig config;
    private final SecurityConfig security;
    private final ServiceProxies proxies;
    private final AccessControl access;
    private final HeavyRequests heavy;
    private final AuditLog audit;
    private final IdempotentRequests idempotent;
    private final Vertx vertx;

    public ApiRoutes(GatewayConfig config, SecurityConfig security, ServiceProxies proxies, AccessControl access,
                     HeavyRequests heavy, AuditLog audit, IdempotentRequests idempotent, Vertx vertx) {
        this.vertx = vertx;
        this.config = config;
        this.security = security;
        this.proxies = proxies;
        this.access = access;
        this.heavy = heavy;
        this.audit = audit;
        this.idempotent = idempotent;
    }

    void register(@Observes Router router) {
        // before every other route, the gateway's own API endpoints included
        router.route("/api/*").order(Integer.MIN_VALUE + 10).handler(this::proxy);
    }

    private void proxy(RoutingContext routing) {
        long started = System.nanoTime();
        HttpServerRequest request = routing.request();
        String requestId = RequestIds.takeOrCreate(request.getHeader(RequestIds.HEADER));
        String path = request.path();
        String method = request.method().name();
        routing.response().putHeader(RequestIds.HEADER, requestId);
        routing.addEndHandler(done -> LOG.infof("[%s] %s %s -> %d in %d ms", requestId, method, path,
                routing.response().getStatusCode(), (System.nanoTime() - started) / 1_000_000));
        Optional<Problem> malformed = malformed(request);
        if (malformed.isPresent()) {
            ProblemAnswers.send(routing, malformed.get(), Map.of());
            return;
        }
        if (!path.startsWith(API_PREFIX)) {
            ProblemAnswers.send(routing, 404, "Not found", "No API at " + path);
            return;
        }
        if (path.equals(SESSION_PATH)) {
            // sign-in carries its key in the body, sign-out and "who am I" the cookie: SessionResource decides
            if (SESSION_METHODS.contains(method)) {
                Optional<Refusal> unbounded = ownBody(request);
                if (unbounded.isPresent()) {
                    ProblemAnswers.send(routing, unbounded.get().problem(path), Map.of());
                    return;
                }
                routing.next();
            } else {
                ProblemAnswers.send(routing, Problem.of(405, "Method not allowed", method + " is not a method of "
                        + SESSION_PATH, path), Map.of("Allow", String.join(", ", SESSION_METHODS)));
            }
            return;
        }
        AccessControl.Decision decision = access.decide(request, path.substring(API_PREFIX.length() - 1));
        if (!decision.isAllowed()) {
            Refusal refusal = decision.refusal();
            ProblemAnswers.send(routing, refusal.problem(path), refusal.headers());
            return;
        }
        ApiKey caller = decision.caller();
        if (decision.rule().heavy()) {
            if (!heavy.tryStart(caller.id())) {
                ProblemAnswers.send(routing, Problem.of(429, "Too many requests", "Key " + caller.id() + " already has "
                        + heavy.perKey() + " heavy requests running; retry when one has ended", path), Map.of("Retry-After", "5"));
                return;
            }
            routing.addEndHandler(done -> heavy.finish(caller.id()));
        }
        request.headers().remove("Authorization").remove("X-API-Key").remove("Cookie").remove(IdentityHeader.NAME)
                .set(RequestIds.HEADER, requestId);
        if (caller.role() == Role.OPS && CHANGES.contains(method)) {
            routing.addEndHandler(done -> audit.record(caller, method, path, request.query(),
                    routing.response().getStatusCode(), requestId));
        }
        if (LOCAL_SEGMENTS.contains(segmentOf(path))) {
            Optional<Refusal> unbounded = ownBody(request);
            if (unbounded.isPresent()) {
                ProblemAnswers.send(routing, unbounded.get().problem(path), Map.of());
                return;
            }
            routing.put(SecurityResource.CALLER, caller);
            routing.next();
            return;
        }
        Optional<String> owner = ownerOf(path);
        Optional<HttpProxy> proxy = owner.flatMap(proxies::of);
        if (proxy.isEmpty()) {
            ProblemAnswers.send(routing, 404, "Not found", "No API at " + path);
            return;
        }
        if (WITHOUT_BODY.contains(method)) {
            sign(request, caller, owner.get(), null);
            proxy.get().handle(request);
            return;
        }
        long limit = access.bodyLimit(decision.rule(), method);
        if (decision.rule().upload()) {
            SpooledBody.spool(vertx, request, limit).onSuccess(spooled -> forwardUpload(routing, caller, owner.get(), spooled, requestId))
                    .onFailure(failure -> refuseBody(routing, failure));
            return;
        }
        BoundedBody.read(request, limit)
                .onSuccess(body -> forwardWithBody(routing, caller, owner.get(), body, decision.rule().idempotencyKey(), requestId))
                .onFailure(failure -> refuseBody(routing, failure));
    }

    private static void refuseBody(RoutingContext routing, Throwable failure) {
        if (failure instanceof BoundedBody.TooLarge) {
            ProblemAnswers.send(routing, Problem.of(413, "Payload too large", failure.getMessage(), routing.request().path()), Map.of());
        } else if (!routing.response().ended()) {
            ProblemAnswers.send(routing, Problem.invalid(List.of(new Violation("body", "could not be read to its end"))), Map.of());
        }
    }

    /**
     * A body for the gateway's own endpoints (sign-in, keys) is read by its REST layer, which would end an oversized one
     * with an empty 413: so it must declare its length, within the single-item limit, and is refused with a problem
     * otherwise.
     */
    private Optional<Refusal> ownBody(HttpServerRequest request) {
        if (WITHOUT_BODY.contains(request.method().name())) {
            return Optional.empty();
        }
        if (request.getHeader("Content-Length") == null) {
            return Optional.of(new Refusal(411, "Length required", "Content-Length: a body for the gateway's own endpoints must "
                    + "declare its length", Map.of(), List.of(new Violation("Content-Length", "is required"))));
        }
        return AccessControl.declaredOver(request, security.maxBody().asLongValue());
    }

    /** A spooled upload: its digest checked against a declared one, signed, then streamed from the file, which goes after. */
    private void forwardUpload(RoutingContext routing, ApiKey caller, String owner, SpooledBody.Spooled spooled, String requestId) {
        HttpServerRequest request = routing.request();
        if (!digestDeclaredRight(routing, spooled.digest())) {
            vertx.fileSystem().delete(spooled.path());
            return;
        }
        sign(request, caller, owner, spooled.digest());
        relayOrUnavailable(routing, owner, requestId, proxies.sendFile(owner, request, spooled.path(), spooled.size())
                .onComplete(sent -> vertx.fileSystem().delete(spooled.path())));
    }

    /** A client's own Content-Digest must be the body's; then the body's is the one the service gets. */
    private static boolean digestDeclaredRight(RoutingContext routing, String digest) {
        String declared = routing.request().getHeader(ContentDigest.HEADER);
        if (declared != null && !declared.equals(digest)) {
            ProblemAnswers.send(routing, Problem.invalid(List.of(new Violation(ContentDigest.HEADER, "does not match the body"))),
                    Map.of());
            return false;
        }
        routing.request().headers().set(ContentDigest.HEADER, digest);
        return true;
    }

    private static void relayOrUnavailable(RoutingContext routing, String owner, String requestId, Future<ServiceProxies.Answer> sent) {
        sent.onSuccess(answer -> ServiceProxies.relay(routing, answer)).onFailure(unreachable -> {
            LOG.warnf("[%s] %s unavailable: %s", requestId, owner, unreachable.getMessage());
            ProblemAnswers.send(routing, 503, "Service unavailable", owner + " is not reachable; retry later");
        });
    }

    private void forwardWithBody(RoutingContext routing, ApiKey caller, String owner, Buffer body, boolean idempotencyKey,
                                 String requestId) {
        HttpServerRequest request = routing.request();
        String digest = ContentDigest.of(body.getBytes());
        if (!digestDeclaredRight(routing, digest)) {
            return;
        }
        sign(request, caller, owner, digest);
        if (idempotencyKey && request.getHeader(IdempotentRequests.HEADER) != null) {
            idempotent.handle(routing, caller, owner, body, requestId);
            return;
        }
        relayOrUnavailable(routing, owner, requestId, proxies.send(owner, request, body));
    }

    /** Signs the request for its owner; a request sent again to another instance is signed anew (a signature lives 30 s). */
    private void sign(HttpServerRequest request, ApiKey caller, String owner, String digest) {
        SignedRequest signed = new SignedRequest(owner, request.method().name(),
                SignedRequest.pathAndQuery(request.path(), request.query()), digest);
        Runnable signNow = () -> request.headers().set(IdentityHeader.NAME,
                IdentityHeader.of(caller, signed, Instant.now(), security.identitySecret()));
        signNow.run();
        proxies.signAgainWith(request, signNow);
    }

    /** A path not in its canonical spelling, or a method override: refused, never normalised or obeyed. */
    private static Optional<Problem> malformed(HttpServerRequest request) {
        Optional<String> flaw = CanonicalPath.flaw(request.path());
        if (flaw.isPresent()) {
            return Optional.of(Problem.invalid(List.of(new Violation("path", flaw.get()))));
        }
        return METHOD_OVERRIDES.stream().filter(header -> request.getHeader(header) != null).findFirst()
                .map(header -> Problem.invalid(List.of(new Violation(header, "method overrides are not accepted; send the method itself"))));
    }

    private Optional<String> ownerOf(String path) {
        return Optional.ofNullable(config.routes().get(segmentOf(path)));
    }

    private static String segmentOf(String path) {
        String rest = path.substring(API_PREFIX.length());
        int slash = rest.indexOf('/');
        return slash < 0 ? rest : rest.substring(0, slash);
    }
}
