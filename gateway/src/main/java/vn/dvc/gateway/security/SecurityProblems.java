package vn.dvc.gateway.security;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Problems (RFC 9457) for the gateway's own endpoints, naming the fields; nothing internal. */
public class SecurityProblems {

    private static final String PROBLEM = "application/problem+json";

    @ServerExceptionMapper
    public Response badField(KeyRequestException refused) {
        return invalid(List.of(Map.of("field", refused.field(), "message", refused.getMessage())));
    }

    /** A body Jackson cannot read: 400 naming the field, never the Java type (Quarkus would answer an empty 400). */
    @ServerExceptionMapper(priority = 4_900)
    public Response unreadable(JsonProcessingException unreadable) {
        String field = unreadable instanceof JsonMappingException mapping ? mapping.getPath().stream()
                .map(reference -> reference.getFieldName() != null ? reference.getFieldName() : "[" + reference.getIndex() + "]")
                .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse("body") : "body";
        return invalid(List.of(Map.of("field", field, "message", field.equals("body") ? "is not valid JSON"
                : "has the wrong type or value")));
    }

    @ServerExceptionMapper(priority = 4_900)
    public Response mismatched(MismatchedInputException unreadable) {
        return unreadable((JsonProcessingException) unreadable);
    }

    /**
     * What Quarkus refuses before a method runs (bytes that are not UTF-8, a wrong media type or method): a problem
     * too, never its empty answer.
     */
    @ServerExceptionMapper(priority = 4_900)
    public Response refusedBeforeTheMethod(WebApplicationException refused, UriInfo uri) {
        if (refused.getCause() instanceof JsonProcessingException unreadable) {
            return unreadable(unreadable);
        }
        Response.StatusType status = refused.getResponse().getStatusInfo();
        if (status.getStatusCode() == 400) {
            return invalid(List.of(Map.of("field", "body", "message", "is not readable as UTF-8 JSON")));
        }
        String path = "/" + uri.getPath().replaceFirst("^/", "");
        return Response.status(status.getStatusCode()).type(PROBLEM).entity(Map.of("type", "about:blank",
                "title", status.getReasonPhrase(), "status", status.getStatusCode(),
                "detail", status.getStatusCode() == 404 ? "No resource at " + path : status.getReasonPhrase(),
                "instance", path)).build();
    }

    @ServerExceptionMapper(priority = 4_900)
    public Response invalid(ConstraintViolationException refused) {
        return invalid(refused.getConstraintViolations().stream().map(violation -> Map.of("field", fieldOf(violation),
                "message", violation.getMessage())).sorted((a, b) -> a.get("field").compareTo(b.get("field"))).toList());
    }

    private static Response invalid(List<Map<String, String>> violations) {
        return Response.status(400).type(PROBLEM).entity(Map.of("type", "about:blank",
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
