package vn.dvc.gateway.security;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.dvc.access.RoutePolicy;
import vn.dvc.access.RouteRule;
import vn.dvc.gateway.config.SecurityConfig;
import vn.dvc.gateway.session.SessionCookies;
import vn.dvc.gateway.session.Sessions;

/**
 * Decides each API request before it is routed: the key (Bearer or X-API-Key, or for reads a dashboard session opened
 * with it) must be active; the endpoint must have a
 * rule naming the key's role (none: closed to everyone); a unit key must name, in every parameter the rule lists, a
 * unit of its own subtree (once: a parameter named twice is refused); the key must be within its rate; a declared
 * body length within the endpoint's size.
 */
@ApplicationScoped
public class AccessControl {

    private static final String BEARER = "Bearer ";
    private static final Set<String> READS = Set.of("GET", "HEAD");

    private final ApiKeys keys;
    private final UnitTree tree;
    private final SecurityConfig config;
    private final RateLimiterRegistry limiters;
    private final Sessions sessions;

    public AccessControl(ApiKeys keys, UnitTree tree, SecurityConfig config, Sessions sessions) {
        this.keys = keys;
        this.sessions = sessions;
        this.tree = tree;
        this.config = config;
        this.limiters = RateLimiterRegistry.of(perSecond(config.requestsPerSecond()));
    }

    /** At most {@code rate} a second, refused at once (never queued) beyond. */
    private static RateLimiterConfig perSecond(int rate) {
        return RateLimiterConfig.custom().limitForPeriod(rate).limitRefreshPeriod(Duration.ofSeconds(1))
                .timeoutDuration(Duration.ZERO).build();
    }

    /** The key allowed to make this request, or why not. {@code apiPath} is the path after /api/v1. */
    public Decision decide(HttpServerRequest request, String apiPath) {
        Optional<String> token = tokenOf(request);
        Cookie session = request.getCookie(SessionCookies.NAME);
        if (token.isEmpty() && session != null) {
            return decideForSession(request, apiPath, session.getValue());
        }
        if (token.isEmpty()) {
            return Decision.refused(Refusal.unauthenticated("An API key is required (Authorization: Bearer <key>, or X-API-Key)"));
        }
        Optional<ApiKey> key = keys.authenticate(token.get());
        if (key.isEmpty()) {
            return Decision.refused(Refusal.unauthenticated("The API key is not valid (unknown, malformed, revoked, or more than one)"));
        }
        return decideFor(key.get(), request, apiPath);
    }

    /** A dashboard session reads only: a change is made with the key itself, never with a cookie a page carries. */
    private Decision decideForSession(HttpServerRequest request, String apiPath, String cookie) {
        Optional<ApiKey> key = sessions.callerOf(cookie);
        if (key.isEmpty()) {
            return Decision.refused(Refusal.unauthenticated("The session has ended or expired (or its key was revoked): sign in again"));
        }
        if (!READS.contains(request.method().name())) {
            return Decision.refused(Refusal.forbidden("A dashboard session may only read; send the API key itself to "
                    + request.method().name() + " /api/v1" + apiPath));
        }
        return decideFor(key.get(), request, apiPath);
    }

    private Decision decideFor(ApiKey caller, HttpServerRequest request, String apiPath) {
        Optional<RouteRule> rule = RoutePolicy.ruleFor(request.method().name(), apiPath);
        if (rule.isEmpty()) {
            return Decision.refused(Refusal.forbidden("No key may call " + request.method().name() + " /api/v1" + apiPath));
        }
        if (!rule.get().allows(caller.role())) {
            return Decision.refused(Refusal.forbidden("A " + caller.role().lowerName() + " key may not call "
                    + request.method().name() + " /api/v1" + rule.get().template()));
        }
        if (caller.unitCode() != null && rule.get().national()) {
            return Decision.refused(Refusal.forbidden("key", "only a national key may call " + request.method().name() + " /api/v1"
                    + rule.get().template()));
        }
        if (caller.unitCode() != null) {
            Optional<Refusal> outOfScope = scope(caller, rule.get(), request, apiPath);
            if (outOfScope.isPresent()) {
                return Decision.refused(outOfScope.get());
            }
        }
        Optional<Refusal> overRate = overRate(caller);
        if (overRate.isPresent()) {
            return Decision.refused(overRate.get());
        }
        Optional<Refusal> tooBig = bodySize(request, rule.get());
        return tooBig.map(Decision::refused).orElseGet(() -> Decision.allowed(caller, rule.get()));
    }

    /** Takes one request of the key's rate; the refusal when the rate is used up (a session's calls count too). */
    public Optional<Refusal> overRate(ApiKey caller) {
        int rate = caller.rate() == null ? config.requestsPerSecond() : caller.rate();
        RateLimiter limiter = limiters.rateLimiter(caller.id() + "@" + rate, perSecond(rate));
        return limiter.acquirePermission() ? Optional.empty() : Optional.of(new Refusal(429, "Too many requests", "Key "
                + caller.id() + " is over its " + rate + " requests per second", Map.of("Retry-After", "1")));
    }

    private Optional<Refusal> scope(ApiKey caller, RouteRule rule, HttpServerRequest request, String apiPath) {
        for (String parameter : rule.unitParameters()) {
            List<String> named = request.params().getAll(parameter);
            String unit = named.size() == 1 ? named.get(0) : null;
            if (unit == null || unit.isBlank()) {
                return Optional.of(Refusal.forbidden(parameter, "a key held to a subtree must name one unit of it"));
            }
            if (!tree.isWithin(unit, caller.unitCode())) {
                return Optional.of(Refusal.forbidden(parameter, unit + " is not in the subtree of " + caller.unitCode()));
            }
        }
        Optional<String> inPath = rule.unitInPath(apiPath);
        if (inPath.isPresent() && !tree.isWithin(inPath.get(), caller.unitCode())) {
            return Optional.of(Refusal.forbidden(rule.unitPathVariable(), inPath.get() + " is not in the subtree of " + caller.unitCode()));
        }
        return Optional.empty();
    }

    /** The most bytes a body of this endpoint may have: counted as it streams, and checked against a declared length. */
    public long bodyLimit(RouteRule rule, String method) {
        if (rule.upload()) {
            return config.maxUploadBody().asLongValue();
        }
        return (rule.batch() || method.equals("PUT") ? config.maxBatchBody() : config.maxBody()).asLongValue();
    }

    private Optional<Refusal> bodySize(HttpServerRequest request, RouteRule rule) {
        return declaredOver(request, bodyLimit(rule, request.method().name()));
    }

    /** The refusal of a request that declares a body longer than {@code limit}, before a byte of it is read. */
    public static Optional<Refusal> declaredOver(HttpServerRequest request, long limit) {
        String length = request.getHeader("Content-Length");
        if (length == null) {
            return Optional.empty();
        }
        try {
            return Long.parseLong(length.trim()) > limit
                    ? Optional.of(new Refusal(413, "Payload too large", "The body is over " + limit + " bytes", Map.of()))
                    : Optional.empty();
        } catch (NumberFormatException malformed) {
            return Optional.of(new Refusal(400, "Invalid request", "Content-Length is not a number", Map.of()));
        }
    }

    private static Optional<String> tokenOf(HttpServerRequest request) {
        if (request.headers().getAll("Authorization").size() + request.headers().getAll("X-API-Key").size() > 1) {
            return Optional.of("");
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Optional.of(authorization.substring(BEARER.length()).trim());
        }
        return Optional.ofNullable(request.getHeader("X-API-Key")).map(String::trim);
    }

    /** Allowed, with the key and the endpoint's rule; or refused, with why. */
    public record Decision(ApiKey caller, RouteRule rule, Refusal refusal) {

        static Decision allowed(ApiKey caller, RouteRule rule) {
            return new Decision(caller, rule, null);
        }

        static Decision refused(Refusal refusal) {
            return new Decision(null, null, refusal);
        }

        public boolean isAllowed() {
            return refusal == null;
        }
    }
}
