package vn.dvc.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Every error the suite answers — a back service's or the gateway's — is {@code application/problem+json} (RFC 9457), with a {@code violations}
 * list naming the fields for bad input. Nothing internal (stack traces, class names, SQL) ever leaves: unexpected
 * failures are logged with the request id and answered with a bare 500.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final int BEFORE_BUILT_IN_MAPPERS = Priorities.USER - 100;
    private static final String RETRY_AFTER_SECONDS = "5";
    private static final ObjectMapper JSON = new ObjectMapper();

    @ServerExceptionMapper
    public Response refused(ProblemException refusal, UriInfo uri) {
        Response answer = answer(refusal.problem().withInstance(pathOf(uri)));
        if (refusal.problem().status() == 503 || refusal.problem().status() == 429) {
            return Response.fromResponse(answer).header("Retry-After", RETRY_AFTER_SECONDS).build();
        }
        return answer;
    }

    @ServerExceptionMapper(priority = BEFORE_BUILT_IN_MAPPERS)
    public Response invalidRequest(ResteasyReactiveViolationException invalid, UriInfo uri) {
        return invalid(invalid, uri);
    }

    @ServerExceptionMapper(priority = BEFORE_BUILT_IN_MAPPERS)
    public Response invalid(ConstraintViolationException invalid, UriInfo uri) {
        List<Violation> violations = invalid.getConstraintViolations().stream()
                .map(violation -> new Violation(fieldOf(violation), violation.getMessage()))
                .sorted(Comparator.comparing(Violation::field))
                .toList();
        return answer(Problem.invalid(violations).withInstance(pathOf(uri)));
    }

    @ServerExceptionMapper(priority = BEFORE_BUILT_IN_MAPPERS)
    public Response unreadable(JsonProcessingException unreadable, UriInfo uri) {
        return answer(Problem.invalid(List.of(violationOf(unreadable))).withInstance(pathOf(uri)));
    }

    /** Quarkus maps this subtype itself (with an empty body); the most specific mapper wins, so name it here. */
    @ServerExceptionMapper(priority = BEFORE_BUILT_IN_MAPPERS)
    public Response mismatched(MismatchedInputException unreadable, UriInfo uri) {
        return unreadable(unreadable, uri);
    }

    @ServerExceptionMapper(priority = BEFORE_BUILT_IN_MAPPERS)
    public Response http(WebApplicationException failure, UriInfo uri) {
        if (failure.getCause() instanceof JsonProcessingException unreadable) {
            return unreadable(unreadable, uri);
        }
        Response.StatusType status = failure.getResponse().getStatusInfo();
        String detail = status.getStatusCode() == 404 ? "No resource at " + pathOf(uri) : status.getReasonPhrase();
        return answer(Problem.of(status.getStatusCode(), status.getReasonPhrase(), detail, pathOf(uri)));
    }

    @ServerExceptionMapper(priority = BEFORE_BUILT_IN_MAPPERS + 1)
    public Response unexpected(Throwable failure, UriInfo uri) {
        if (Causes.isDatabaseUnavailable(failure)) {
            LOG.warnf("Database unavailable for %s: %s", pathOf(uri), failure.getMessage());
            return Response.fromResponse(answer(Problem.of(503, "Service unavailable",
                            "The service cannot reach its database; retry later", pathOf(uri))))
                    .header("Retry-After", RETRY_AFTER_SECONDS).build();
        }
        LOG.errorf(failure, "Unexpected failure on %s", pathOf(uri));
        return answer(Problem.of(500, "Internal error", "The request failed; the service log has the details",
                pathOf(uri)));
    }

    public static Response answer(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /** The problem as the bytes of its answer, for code that writes HTTP answers itself (the gateway's routes). */
    public static String json(Problem problem) {
        try {
            return JSON.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A problem could not be written", e);
        }
    }

    private static String pathOf(UriInfo uri) {
        return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
    }


    /** The property path without the method and parameter nodes: {@code units[2].code}, or a query parameter name. */
    public static String fieldOf(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            if (node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
                if (field.length() > 0) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        if (field.length() > 0) {
            return field.toString();
        }
        return parameter == null ? "request" : parameter;
    }

    /** Names the field Jackson could not read, in JSON-path style, without Java type names. */
    public static Violation violationOf(JsonProcessingException unreadable) {
        boolean malformed = unreadable instanceof JsonParseException || unreadable.getCause() instanceof JsonParseException;
        if (malformed || !(unreadable instanceof JsonMappingException mapping) || mapping.getPath().isEmpty()) {
            return new Violation("body", "is not valid JSON");
        }
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference reference : mapping.getPath()) {
            if (reference.getFieldName() != null) {
                if (field.length() > 0) {
                    field.append('.');
                }
                field.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        String message;
        if (unreadable instanceof UnrecognizedPropertyException) {
            message = "is not a known field";
        } else if (unreadable instanceof InvalidFormatException invalid) {
            message = "'" + invalid.getValue() + "' is not a valid value";
        } else if (unreadable instanceof ValueInstantiationException) {
            message = "is not a valid value";
        } else if (unreadable instanceof MismatchedInputException) {
            message = "has the wrong type";
        } else {
            message = "cannot be read";
        }
        return new Violation(field.length() == 0 ? "body" : field.toString(), message);
    }
}
