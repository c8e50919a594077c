package vn.dvc.gateway.security;

import java.util.List;
import java.util.Map;
import vn.dvc.problem.Problem;
import vn.dvc.problem.Violation;

/**
 * Why the gateway answers a request itself: a status, a problem title and detail, the fields it names (a unit
 * parameter outside the key's subtree), and headers to add.
 */
public record Refusal(int status, String title, String detail, Map<String, String> headers, List<Violation> violations) {

    public Refusal(int status, String title, String detail, Map<String, String> headers) {
        this(status, title, detail, headers, List.of());
    }

    static Refusal unauthenticated(String detail) {
        return new Refusal(401, "Unauthorized", detail, Map.of("WWW-Authenticate", "Bearer realm=\"dvc\""));
    }

    static Refusal forbidden(String detail) {
        return new Refusal(403, "Forbidden", detail, Map.of());
    }

    /** A refusal naming the parameter it is about. */
    static Refusal forbidden(String field, String message) {
        return new Refusal(403, "Forbidden", field + ": " + message, Map.of(), List.of(new Violation(field, message)));
    }

    /** The problem document answering it at {@code path}. */
    public Problem problem(String path) {
        return new Problem("about:blank", title, status, detail, path, violations);
    }
}
