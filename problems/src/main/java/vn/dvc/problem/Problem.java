package vn.dvc.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** An RFC 9457 problem details body ({@code application/problem+json}). */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance,
                      List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem of(int status, String title, String detail, String instance) {
        return new Problem("about:blank", title, status, detail, instance, List.of());
    }

    /** 400: the request is malformed; the violations name the fields. */
    public static Problem invalid(List<Violation> violations) {
        return new Problem("about:blank", "Invalid request", 400, describe(violations), null, violations);
    }

    /** 422: the request is well-formed but does not fit what is known; the violations name the fields. */
    public static Problem unprocessable(List<Violation> violations) {
        return new Problem("about:blank", "Unprocessable request", 422, describe(violations), null, violations);
    }

    /** 403: the caller may not act on what the violations name (outside its unit's subtree). */
    public static Problem forbidden(List<Violation> violations) {
        return new Problem("about:blank", "Forbidden", 403, describe(violations), null, violations);
    }

    /** 409: the request contradicts what is stored; the violations name the fields. */
    public static Problem conflict(List<Violation> violations) {
        return new Problem("about:blank", "Conflict", 409, describe(violations), null, violations);
    }

    public static String describe(List<Violation> violations) {
        return String.join("; ", violations.stream().map(v -> v.field() + ": " + v.message()).toList());
    }

    public Problem withInstance(String path) {
        return new Problem(type, title, status, detail, path, violations);
    }
}
