package vn.dvc.problem;

import java.util.List;

/**
 * A request the service refuses, with the problem to answer. Thrown by services for rules that Bean Validation
 * cannot express (unknown references, cycles, conflicts); mapped by {@link ProblemMappers}.
 */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.detail());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    /** 422: the request is well-formed but names something that does not fit (unknown parent, a cycle, …). */
    public static ProblemException unprocessable(String detail, List<Violation> violations) {
        return new ProblemException(new Problem("about:blank", "Unprocessable request", 422, detail, null, violations));
    }

    public static ProblemException unprocessable(String field, String message) {
        return unprocessable(field + ": " + message, List.of(new Violation(field, message)));
    }

    public static ProblemException badRequest(String field, String message) {
        return new ProblemException(new Problem("about:blank", "Invalid request", 400, field + ": " + message, null,
                List.of(new Violation(field, message))));
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(Problem.of(404, "Not found", detail, null));
    }

    /** 503 (answered with Retry-After): something the service needs, such as a peer service, cannot be reached. */
    public static ProblemException unavailable(String detail) {
        return new ProblemException(Problem.of(503, "Service unavailable", detail, null));
    }
}
