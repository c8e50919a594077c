package vn.dvc.commons.identity;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import vn.dvc.commons.problem.Problem;
import vn.dvc.commons.problem.ProblemMappers;
import vn.dvc.commons.problem.Violation;
import vn.dvc.contracts.identity.Caller;

/**
 * The services' own check of a unit key's scope, behind the gateway's: a {@code unit} or {@code within} parameter
 * naming a unit outside the caller's subtree is refused (403 naming the parameter).
 */
public class UnitScopeCheck {

    private static final List<String> UNIT_PARAMETERS = List.of("unit", "within");

    private final Callers callers;
    private final UnitScope scope;

    public UnitScopeCheck(Callers callers, UnitScope scope) {
        this.callers = callers;
        this.scope = scope;
    }

    @ServerRequestFilter(priority = Priorities.AUTHORIZATION)
    public Optional<Response> withinScope(ContainerRequestContext request) {
        Caller caller = callers.current();
        if (!caller.unitScoped()) {
            return Optional.empty();
        }
        for (String parameter : UNIT_PARAMETERS) {
            String unit = request.getUriInfo().getQueryParameters().getFirst(parameter);
            if (unit != null && !scope.isWithin(unit, caller.unitCode())) {
                Problem problem = Problem.forbidden(List.of(new Violation(parameter, unit + " is outside the subtree of "
                        + caller.unitCode()))).withInstance(request.getUriInfo().getPath());
                return Optional.of(ProblemMappers.answer(problem));
            }
        }
        return Optional.empty();
    }
}
