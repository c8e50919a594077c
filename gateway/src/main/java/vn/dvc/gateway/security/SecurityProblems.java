package vn.dvc.gateway.security;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Problems (RFC 9457) for the gateway's own endpoints, naming the fields; nothing internal. */
public class SecurityProblems {

    @ServerExceptionMapper
    public Response badField(KeyRequestException refused) {
        return invalid(List.of(Map.of("field", refused.field(), "message", refused.getMessage())));
    }

    @ServerExceptionMapper(priority = 4_900)
    public Response invalid(ConstraintViolationException refused) {
        return invalid(refused.getConstraintViolations().stream().map(violation -> Map.of("field", fieldOf(violation),
                "message", violation.getMessage())).sorted((a, b) -> a.get("field").compareTo(b.get("field"))).toList());
    }

    private static Response invalid(List<Map<String, String>> violations) {
        return Response.status(400).type("application/problem+json").entity(Map.of("type", "about:blank",
                "title", "Invalid request", "status", 400, "detail", String.join("; ", violations.stream()
                        .map(v -> v.get("field") + ": " + v.get("message")).toList()), "violations", violations)).build();
    }

    private static String fieldOf(ConstraintViolation<?> violation) {
        String last = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == jakarta.validation.ElementKind.PROPERTY || node.getKind() == jakarta.validation.ElementKind.PARAMETER) {
                last = node.getName();
            }
        }
        return last == null ? "body" : last;
    }
}
