package vn.dvc.gateway.openapi;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The answers the gateway itself may give on any {@code /api} operation, before a service sees the request: documented
 * once as shared responses and referenced from every operation that does not document that status already.
 */
final class GatewayAnswers {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private static final List<Answer> ANSWERS = List.of(
            new Answer("400", "Malformed", "A path not in its one canonical spelling, a method-override header, or a "
                    + "field or parameter malformed (the problem names it); nothing stored",
                    problem(400, "Invalid request", "path", "is not in its one canonical spelling")),
            new Answer("401", "Unauthenticated", "No API key, or one unknown, revoked or expired",
                    problem(401, "Unauthorized", null, "An API key is required (X-API-Key or Authorization: Bearer)")),
            new Answer("403", "Forbidden", "The key's role may not call this, or a unit key named a unit outside its "
                    + "subtree (the problem names the parameter)",
                    problem(403, "Forbidden", "unit", "is outside the subtree of the key's unit")),
            new Answer("429", "TooManyRequests", "The key's rate, or the gateway's share for heavy reads, is used up; "
                    + "retry after the Retry-After header's seconds",
                    problem(429, "Too many requests", null, "The rate of this key is used up; retry after 1 s")),
            new Answer("503", "Unavailable", "The service that owns the path, or its database, does not answer now; "
                    + "nothing was done: retry after the Retry-After header's seconds",
                    problem(503, "Service unavailable", null, "dossier-service is not reachable; retry later")));

    private GatewayAnswers() {
    }

    /** Adds the shared responses to {@code components} and references them from every operation under /api. */
    static void addTo(ObjectNode paths, ObjectNode components) {
        ObjectNode responses = components.has("responses") ? (ObjectNode) components.get("responses")
                : components.putObject("responses");
        ANSWERS.forEach(answer -> responses.set(answer.name(), answer.response()));
        paths.properties().stream().filter(path -> path.getKey().startsWith("/api/"))
                .forEach(path -> path.getValue().forEach(operation -> {
                    if (operation instanceof ObjectNode node && node.get("responses") instanceof ObjectNode documented) {
                        ANSWERS.stream().filter(answer -> !documented.has(answer.status())).forEach(answer ->
                                documented.putObject(answer.status()).put("$ref", "#/components/responses/" + answer.name()));
                    }
                }));
    }

    private static ObjectNode problem(int status, String title, String field, String message) {
        ObjectNode problem = NODES.objectNode().put("type", "about:blank").put("title", title).put("status", status)
                .put("detail", field == null ? message : field + ": " + message);
        if (field != null) {
            problem.putArray("violations").addObject().put("field", field).put("message", message);
        }
        return problem;
    }

    private record Answer(String status, String name, String description, ObjectNode example) {

        ObjectNode response() {
            ObjectNode response = NODES.objectNode().put("description", description);
            ObjectNode media = response.putObject("content").putObject("application/problem+json");
            media.putObject("schema").put("$ref", "#/components/schemas/Problem");
            media.set("example", example.deepCopy());
            return response;
        }
    }
}
