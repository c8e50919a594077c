package vn.dvc.commons.identity;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import vn.dvc.commons.problem.Problem;
import vn.dvc.commons.problem.ProblemMappers;
import vn.dvc.contracts.identity.Caller;
import vn.dvc.contracts.identity.IdentitySignature;

/**
 * Takes the caller of each {@code /api} request from the gateway's signed identity header into {@link Callers}. A
 * header that does not verify is refused (401); no header is refused too when {@code suite.identity.required} (so a
 * service reached around the gateway serves nobody), and otherwise served unvouched (tests, development).
 */
public class IdentityCheck {

    private static final Duration MAX_AGE = Duration.ofMinutes(5);

    private final Callers callers;
    private final String secret;
    private final boolean required;

    public IdentityCheck(Callers callers,
                         @ConfigProperty(name = "suite.identity.secret") String secret,
                         @ConfigProperty(name = "suite.identity.required") boolean required) {
        this.callers = callers;
        this.secret = secret;
        this.required = required;
    }

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION)
    public Optional<Response> identify(ContainerRequestContext request) {
        if (!request.getUriInfo().getPath().startsWith("/api/")) {
            return Optional.empty();
        }
        String header = request.getHeaderString(IdentitySignature.HEADER);
        if (header == null && !required) {
            callers.set(Caller.UNVOUCHED);
            return Optional.empty();
        }
        Optional<Caller> caller = IdentitySignature.verify(header, secret, Instant.now(), MAX_AGE);
        if (caller.isEmpty()) {
            return Optional.of(ProblemMappers.answer(Problem.of(401, "Unauthorized",
                    "Call through the gateway with an API key", request.getUriInfo().getPath())));
        }
        callers.set(caller.get());
        return Optional.empty();
    }
}
