package vn.dvc.commons.identity;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import vn.dvc.access.identity.Caller;
import vn.dvc.access.identity.ContentDigest;
import vn.dvc.access.identity.IdentitySignature;
import vn.dvc.access.identity.SignedRequest;
import vn.dvc.problem.Problem;
import vn.dvc.problem.ProblemMappers;

/**
 * Takes the caller of each {@code /api} request from the gateway's signed identity header into {@link Callers}. The
 * signature must be for this service and for this very request — its method, its path and query as they arrived, its
 * body's digest (which {@link BodyDigestCheck} then holds the body to) — and at most 30 s old; anything else is
 * refused (401). No header is refused too when {@code suite.identity.required} (so a service reached around the
 * gateway serves nobody), and otherwise served unvouched (tests, development).
 */
public class IdentityCheck {

    private final Callers callers;
    private final IdentitySettings settings;

    public IdentityCheck(Callers callers, IdentitySettings settings) {
        this.callers = callers;
        this.settings = settings;
    }

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION)
    public Optional<Response> identify(ContainerRequestContext context, HttpServerRequest request) {
        if (!request.path().startsWith("/api/")) {
            return Optional.empty();
        }
        String header = request.getHeader(IdentitySignature.HEADER);
        if (header == null && !settings.required()) {
            callers.set(Caller.UNVOUCHED);
            return Optional.empty();
        }
        SignedRequest signed = new SignedRequest(settings.audience(), request.method().name(),
                SignedRequest.pathAndQuery(request.path(), request.query()), request.getHeader(ContentDigest.HEADER));
        Optional<Caller> caller = IdentitySignature.verify(header, signed, settings.secret(), Instant.now());
        if (caller.isEmpty()) {
            return Optional.of(ProblemMappers.answer(Problem.of(401, "Unauthorized",
                    "Call through the gateway with an API key", request.path())));
        }
        callers.set(caller.get());
        return Optional.empty();
    }
}
