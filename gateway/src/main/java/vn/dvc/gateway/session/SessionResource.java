package vn.dvc.gateway.session;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dvc.commons.problem.Problem;
import vn.dvc.commons.problem.ProblemException;
import vn.dvc.gateway.security.ApiKey;

/**
 * Sign-in and sign-out for the dashboard: the API key is sent once, in the body (never in a URL), and the answer sets
 * an HttpOnly, SameSite=Strict cookie the page's reads then carry (docs/security.md, "Dashboard sessions").
 */
@Path("/api/v1/session")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Access", description = "API keys and the audit log of changes made with ops keys")
public class SessionResource {

    private final Sessions sessions;
    private final CurrentVertxRequest request;
    private final RateLimiterRegistry attempts = RateLimiterRegistry.of(RateLimiterConfig.custom().limitForPeriod(10)
            .limitRefreshPeriod(Duration.ofMinutes(1)).timeoutDuration(Duration.ZERO).build());

    public SessionResource(Sessions sessions, CurrentVertxRequest request) {
        this.sessions = sessions;
        this.request = request;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "signIn", summary = "Open a dashboard session with an API key",
            description = "The session reads what its key may read (same role, same subtree) until sign-out, its expiry "
                    + "(gateway.security.session-lifetime) or the key's revocation. Changes always need the key itself.")
    @APIResponseSchema(value = SessionView.class, responseCode = "200", responseDescription = "Signed in; the cookie dvc_session is set")
    @APIResponse(responseCode = "400", description = "apiKey is missing")
    @APIResponse(responseCode = "401", description = "The key is not valid (unknown, malformed, revoked or expired)")
    @APIResponse(responseCode = "429", description = "More than 10 failed sign-ins a minute from this address")
    public Response signIn(@Valid @NotNull SignIn body) {
        // only failed attempts are counted: guessing is what is slowed, not a team signing in at one office's address
        RateLimiter failures = attempts.rateLimiter(request.getCurrent().request().remoteAddress().hostAddress());
        if (failures.getMetrics().getAvailablePermissions() <= 0) {
            throw new ProblemException(Problem.of(429, "Too many requests", "Too many failed sign-ins; wait a minute", null));
        }
        Sessions.Opened opened = sessions.open(body.apiKey().trim()).orElseThrow(() -> {
            failures.acquirePermission();
            return new ProblemException(Problem.of(401, "Unauthorized", "The API key is not valid (unknown, malformed, revoked or expired)", null));
        });
        long maxAge = Math.max(0, opened.session().expiresAtSeconds() - Instant.now().getEpochSecond());
        return Response.ok(SessionView.of(opened.key(), opened.session().expiresAt()))
                .cookie(cookie(opened.cookie(), (int) maxAge)).build();
    }

    @GET
    @Operation(operationId = "currentSession", summary = "Who the dashboard session acts for")
    @APIResponseSchema(value = SessionView.class, responseCode = "200", responseDescription = "The session's key and expiry")
    @APIResponse(responseCode = "401", description = "No session, or it has ended")
    public SessionView current(@CookieParam(SessionCookies.NAME) String cookie) {
        ApiKey key = sessions.callerOf(cookie).orElseThrow(() -> new ProblemException(Problem.of(401, "Unauthorized",
                "No dashboard session: sign in with an API key", null)));
        return SessionView.of(key, sessions.sessionOf(cookie).orElseThrow().expiresAt());
    }

    @DELETE
    @Operation(operationId = "signOut", summary = "End the dashboard session, on every gateway instance")
    @APIResponse(responseCode = "204", description = "Signed out; the cookie is cleared")
    public Response signOut(@CookieParam(SessionCookies.NAME) String cookie) {
        sessions.end(cookie);
        return Response.noContent().cookie(cookie("", 0)).build();
    }

    private NewCookie cookie(String value, int maxAge) {
        boolean https = "https".equalsIgnoreCase(request.getCurrent().request().scheme())
                || "https".equalsIgnoreCase(request.getCurrent().request().getHeader("X-Forwarded-Proto"));
        return new NewCookie.Builder(SessionCookies.NAME).value(value).path("/").maxAge(maxAge).httpOnly(true)
                .secure(https).sameSite(NewCookie.SameSite.STRICT).build();
    }

    public record SignIn(@Schema(description = "An API key's token, e.g. dvc_0a1b2c3d4e5f_…") @NotBlank @Size(max = 200) String apiKey) {
    }

    @Schema(name = "Session")
    public record SessionView(String keyId, String name, String role, String unitCode, Instant expiresAt) {

        static SessionView of(ApiKey key, Instant expiresAt) {
            return new SessionView(key.id(), key.name(), key.role().lowerName(), key.unitCode(), expiresAt);
        }
    }
}
