package vn.dvc.gateway.session;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpServerRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dvc.access.RoutePolicy;
import vn.dvc.gateway.config.SecurityConfig;
import vn.dvc.gateway.security.AccessControl;
import vn.dvc.gateway.security.ApiKey;
import vn.dvc.problem.Problem;
import vn.dvc.problem.ProblemException;
import vn.dvc.problem.Violation;

/**
 * Sign-in and sign-out for the dashboard: the API key is sent once, in the body (never in a URL), and the answer sets
 * a {@code __Host-} HttpOnly, Secure, SameSite=Strict cookie the page's reads then carry (docs/security.md, "Dashboard
 * sessions"). Every call counts against its key's rate and its address's; a sign-in or sign-out must come from a page
 * of this gateway — JSON, with an {@code Origin} (or {@code Sec-Fetch-Site: same-origin}) this gateway serves — so a
 * page elsewhere can neither sign a victim's browser in as someone else nor out.
 */
@Path("/api/v1/session")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Access", description = "API keys and the audit log of changes made with ops keys")
public class SessionResource {

    private final Sessions sessions;
    private final AccessControl access;
    private final CurrentVertxRequest request;
    private final RateLimiterRegistry failedSignIns = RateLimiterRegistry.of(RateLimiterConfig.custom().limitForPeriod(10)
            .limitRefreshPeriod(Duration.ofMinutes(1)).timeoutDuration(Duration.ZERO).build());
    private final RateLimiterRegistry perAddress;

    public SessionResource(Sessions sessions, AccessControl access, CurrentVertxRequest request, SecurityConfig config) {
        this.sessions = sessions;
        this.access = access;
        this.request = request;
        this.perAddress = RateLimiterRegistry.of(RateLimiterConfig.custom().limitForPeriod(config.sessionCallsPerAddress())
                .limitRefreshPeriod(Duration.ofMinutes(1)).timeoutDuration(Duration.ZERO).build());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "signIn", summary = "Open a dashboard session with an API key",
            description = "The session reads what its key may read (same role, same subtree, same rate) until sign-out (which "
                    + "ends every session of the key), its expiry (gateway.security.session-lifetime), or the key's revocation "
                    + "or rotation. Changes always need the key itself. Only from a page of this gateway: Content-Type "
                    + "application/json and an Origin this gateway serves (or Sec-Fetch-Site: same-origin).")
    @APIResponseSchema(value = SessionView.class, responseCode = "200", responseDescription = "Signed in; the cookie __Host-dvc_session is set")
    @APIResponse(responseCode = "400", description = "apiKey is missing")
    @APIResponse(responseCode = "401", description = "The key is not valid (unknown, malformed, revoked or expired)")
    @APIResponse(responseCode = "403", description = "Not from a page of this gateway (Origin / Sec-Fetch-Site)")
    @APIResponse(responseCode = "415", description = "The body is not application/json")
    @APIResponse(responseCode = "429", description = "The key's rate, this address's session calls, or 10 failed sign-ins a minute from it")
    public Response signIn(@Valid @NotNull SignIn body) {
        HttpServerRequest current = request.getCurrent().request();
        requireJson(current);
        requireSameOrigin(current);
        String address = current.remoteAddress().hostAddress();
        requireAddressRate(address);
        // only failed attempts are counted here: guessing is what is slowed, not a team signing in at one office's address
        RateLimiter failures = failedSignIns.rateLimiter(address);
        if (failures.getMetrics().getAvailablePermissions() <= 0) {
            throw tooMany("Too many failed sign-ins; wait a minute");
        }
        Sessions.Opened opened = sessions.open(body.apiKey().trim()).orElseThrow(() -> {
            failures.acquirePermission();
            return new ProblemException(Problem.of(401, "Unauthorized", "The API key is not valid (unknown, malformed, revoked or expired)", null));
        });
        requireKeyRate(opened.key());
        long maxAge = Math.max(0, opened.session().expiresAtSeconds() - Instant.now().getEpochSecond());
        return Response.ok(SessionView.of(opened.key(), opened.session().expiresAt()))
                .cookie(cookie(opened.cookie(), (int) maxAge)).build();
    }

    @GET
    @Operation(operationId = "currentSession", summary = "Who the dashboard session acts for, and what its key may call",
            description = "allowed lists every operation of the API the key's role may call (\"GET /dossiers/near-due\"), from the "
                    + "one access policy the gateway and the services decide on: the dashboard offers only the views they open.")
    @APIResponseSchema(value = SessionView.class, responseCode = "200", responseDescription = "The session's key, expiry and allowed operations")
    @APIResponse(responseCode = "401", description = "No session, or it has ended")
    @APIResponse(responseCode = "429", description = "The key's rate, or this address's session calls, is used up")
    public SessionView current(@CookieParam(SessionCookies.NAME) String cookie) {
        requireAddressRate(request.getCurrent().request().remoteAddress().hostAddress());
        Sessions.Current session = sessions.current(cookie).orElseThrow(() -> new ProblemException(Problem.of(401, "Unauthorized",
                "No dashboard session: sign in with an API key", null)));
        requireKeyRate(session.key());
        return SessionView.of(session.key(), session.session().expiresAt());
    }

    @DELETE
    @Operation(operationId = "signOut", summary = "End the key's dashboard sessions, on every gateway instance",
            description = "Every session opened with the same key until now ends (a shared office key signs out everywhere). "
                    + "Only from a page of this gateway (Origin / Sec-Fetch-Site).")
    @APIResponse(responseCode = "204", description = "Signed out; the cookie is cleared")
    @APIResponse(responseCode = "403", description = "Not from a page of this gateway (Origin / Sec-Fetch-Site)")
    @APIResponse(responseCode = "429", description = "The key's rate, or this address's session calls, is used up")
    public Response signOut(@CookieParam(SessionCookies.NAME) String cookie) {
        HttpServerRequest current = request.getCurrent().request();
        requireSameOrigin(current);
        requireAddressRate(current.remoteAddress().hostAddress());
        sessions.current(cookie).ifPresent(session -> requireKeyRate(session.key()));
        sessions.end(cookie);
        return Response.noContent().cookie(cookie("", 0)).build();
    }

    private void requireKeyRate(ApiKey key) {
        access.overRate(key).ifPresent(refusal -> {
            throw new ProblemException(Problem.of(refusal.status(), refusal.title(), refusal.detail(), null));
        });
    }

    private void requireAddressRate(String address) {
        if (!perAddress.rateLimiter(address).acquirePermission()) {
            throw tooMany("Too many session calls from this address; wait a minute");
        }
    }

    private static void requireJson(HttpServerRequest current) {
        String type = current.getHeader("Content-Type");
        if (type == null || !type.toLowerCase(Locale.ROOT).matches("application/json\\s*(;.*)?")) {
            throw new ProblemException(new Problem("about:blank", "Unsupported media type", 415, "Content-Type: must be application/json",
                    null, List.of(new Violation("Content-Type", "must be application/json"))));
        }
    }

    /** The request comes from a page this gateway served: its Origin is this gateway's, or the browser says same-origin. */
    private static void requireSameOrigin(HttpServerRequest current) {
        String site = current.getHeader("Sec-Fetch-Site");
        String origin = current.getHeader("Origin");
        boolean sameSite = site != null ? site.equals("same-origin") : origin != null && SameOrigin.of(current, origin);
        if (!sameSite || origin != null && !SameOrigin.of(current, origin)) {
            throw new ProblemException(Problem.forbidden(List.of(new Violation("Origin",
                    "a session is opened and closed only from a page of this gateway"))));
        }
    }

    private static ProblemException tooMany(String detail) {
        return new ProblemException(Problem.of(429, "Too many requests", detail, null));
    }

    private NewCookie cookie(String value, int maxAge) {
        return new NewCookie.Builder(SessionCookies.NAME).value(value).path("/").maxAge(maxAge).httpOnly(true)
                .secure(true).sameSite(NewCookie.SameSite.STRICT).build();
    }

    public record SignIn(@Schema(description = "An API key's token, e.g. dvc_0a1b2c3d4e5f_…") @NotBlank @Size(max = 200) String apiKey) {
    }

    @Schema(name = "Session")
    public record SessionView(String keyId, String name, String role,
                              @Schema(description = "the unit or province the key is held to; absent: a national key") String unitCode,
                              Instant expiresAt,
                              @Schema(description = "every operation the key's role may call, e.g. \"GET /kpis\"") List<String> allowed) {

        static SessionView of(ApiKey key, Instant expiresAt) {
            return new SessionView(key.id(), key.name(), key.role().lowerName(), key.unitCode(), expiresAt,
                    RoutePolicy.rules().stream().filter(rule -> rule.allows(key.role())).map(rule -> rule.method() + " " + rule.template()).toList());
        }
    }
}
