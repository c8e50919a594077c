package vn.dvc.commons.consistency;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import vn.dvc.problem.Problem;
import vn.dvc.problem.ProblemMappers;
import vn.dvc.problem.Violation;

/**
 * Reads that wait for their writes: a GET sent with a consistency token ({@code X-DVC-After} or {@code after=}) is
 * answered once this service has applied every record the token names on the topics it consumes — at most
 * {@code dvc.consistency.read-wait} later; past that, a 503 with Retry-After saying how far behind it is. Runs after
 * the caller is known and before access is decided, so a unit created by the write is known to the decision too.
 */
public class ReadAfter {

    private static final Set<String> READS = Set.of("GET", "HEAD");
    private static final String RETRY_AFTER_SECONDS = "1";

    private final AppliedPositions applied;
    private final Duration readWait;
    private final ReadFloor floor;

    public ReadAfter(AppliedPositions applied, ReadFloor floor,
                     @ConfigProperty(name = "dvc.consistency.read-wait", defaultValue = "PT2S") Duration readWait) {
        this.applied = applied;
        this.readWait = readWait;
        this.floor = floor;
    }

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION + 500)
    public Optional<Response> awaitWritten(ContainerRequestContext context) {
        if (!READS.contains(context.getMethod())) {
            return Optional.empty();
        }
        String header = context.getHeaderString(Positions.AFTER_HEADER);
        List<String> parameters = context.getUriInfo().getQueryParameters().getOrDefault(Positions.AFTER_PARAMETER, List.of());
        if (header == null && parameters.isEmpty()) {
            return Optional.empty();
        }
        String field = header == null ? Positions.AFTER_PARAMETER : Positions.AFTER_HEADER;
        List<String> tokens = new ArrayList<>(parameters);
        if (header != null) {
            tokens.add(header);
        }
        Optional<Positions> asked = Positions.parse(String.join(",", tokens));
        if (asked.isEmpty()) {
            return refuse(Problem.invalid(List.of(new Violation(field,
                    "is not a consistency token (topic:partition:offset, comma-separated, as X-DVC-Written gives it)"))), context);
        }
        Positions awaited = asked.get().on(applied.consumedTopics());
        if (awaited.isEmpty()) {
            floor.raise(Long.MIN_VALUE, asked.get());
            return Optional.empty();
        }
        AppliedPositions.Awaited outcome = applied.await(awaited, readWait);
        Map<String, Long> behind = outcome.behind();
        if (behind.isEmpty()) {
            floor.raise(outcome.readAtNanos(), asked.get());
            return Optional.empty();
        }
        List<Violation> missing = new ArrayList<>();
        behind.forEach((topic, records) -> missing.add(new Violation(field, topic + ": " + records + " records not applied yet")));
        Problem notYet = new Problem("about:blank", "Not yet applied", 503, "This service has not yet applied what the "
                + "token names (" + Problem.describe(missing).replace(field + ": ", "") + "); retry after the Retry-After "
                + "header's seconds", null, missing);
        return Optional.of(Response.fromResponse(ProblemMappers.answer(notYet.withInstance(pathOf(context))))
                .header("Retry-After", RETRY_AFTER_SECONDS).build());
    }

    private static Optional<Response> refuse(Problem problem, ContainerRequestContext context) {
        return Optional.of(ProblemMappers.answer(problem.withInstance(pathOf(context))));
    }

    private static String pathOf(ContainerRequestContext context) {
        return "/" + context.getUriInfo().getPath().replaceFirst("^/", "");
    }
}
