package vn.dvc.commons.identity;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import vn.dvc.access.CanonicalPath;
import vn.dvc.access.Role;
import vn.dvc.access.RoutePolicy;
import vn.dvc.access.RouteRule;
import vn.dvc.access.identity.Caller;
import vn.dvc.problem.Problem;
import vn.dvc.problem.ProblemMappers;
import vn.dvc.problem.Violation;

/**
 * The service's own decision on every vouched {@code /api} request, from the same {@link RoutePolicy} the gateway
 * decides on, so a gateway slip exposes nothing: the path must be canonical, the endpoint must have a rule naming the
 * caller's role, and a unit caller must name a unit of its subtree in every parameter the rule scopes by — the rule
 * alone says which parameters name units (a {@code within} is a unit on one route and a duration on another) — all
 * against this service's own copy of the unit tree.
 */
public class AccessCheck {

    private static final String API_PREFIX = "/api/v1";

    private final Callers callers;
    private final UnitScope scope;

    public AccessCheck(Callers callers, UnitScope scope) {
        this.callers = callers;
        this.scope = scope;
    }

    @ServerRequestFilter(priority = Priorities.AUTHORIZATION)
    public Optional<Response> decide(ContainerRequestContext context, HttpServerRequest request) {
        Caller caller = callers.current();
        String path = request.path();
        if (caller == Caller.UNVOUCHED || !path.startsWith("/api/")) {
            return Optional.empty();
        }
        Optional<String> flaw = CanonicalPath.flaw(path);
        if (flaw.isPresent()) {
            return refuse(Problem.invalid(List.of(new Violation("path", flaw.get()))), path);
        }
        String apiPath = path.startsWith(API_PREFIX + "/") ? path.substring(API_PREFIX.length()) : path;
        String method = request.method().name();
        Optional<Role> role = Role.named(caller.role());
        Optional<RouteRule> rule = RoutePolicy.ruleFor(method, apiPath);
        if (role.isEmpty() || rule.isEmpty() || !rule.get().allows(role.get())) {
            return refuse(Problem.of(403, "Forbidden", "A " + caller.role() + " caller may not call " + method + " " + path, path), path);
        }
        if (caller.unitScoped() && rule.get().national()) {
            return refuse(Problem.forbidden(List.of(new Violation("key", "only a national key may call " + method + " " + path))), path);
        }
        if (caller.unitScoped()) {
            return unitScope(caller, rule.get(), context, apiPath).flatMap(violation -> refuse(Problem.forbidden(List.of(violation)), path));
        }
        return Optional.empty();
    }

    private Optional<Violation> unitScope(Caller caller, RouteRule rule, ContainerRequestContext context, String apiPath) {
        var query = context.getUriInfo().getQueryParameters();
        for (String parameter : rule.unitParameters()) {
            List<String> named = query.get(parameter);
            if (named == null || named.size() != 1 || named.get(0).isBlank()) {
                return Optional.of(new Violation(parameter, "a unit caller must name one unit of its subtree"));
            }
            if (!scope.isWithin(named.get(0), caller.unitCode())) {
                return Optional.of(new Violation(parameter, named.get(0) + " is outside the subtree of " + caller.unitCode()));
            }
        }
        return rule.unitInPath(apiPath).filter(unit -> !scope.isWithin(unit, caller.unitCode()))
                .map(unit -> new Violation(rule.unitPathVariable(), unit + " is outside the subtree of " + caller.unitCode()));
    }

    private static Optional<Response> refuse(Problem problem, String path) {
        return Optional.of(ProblemMappers.answer(problem.withInstance(path)));
    }
}
