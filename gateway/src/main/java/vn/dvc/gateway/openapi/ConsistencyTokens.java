package vn.dvc.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;

/**
 * The consistency token in the document: every write of a back service answers {@code X-DVC-Written}; every read of
 * one takes it back as {@code X-DVC-After} (or {@code after=}) and is answered once what it names is applied.
 */
final class ConsistencyTokens {

    private static final Set<String> WRITES = Set.of("post", "put", "patch", "delete");
    private static final String EXAMPLE = "catalog-events:0:17,dossier-events:3:1204,dossier-events-live:3:88";
    private static final String TOKEN_SYNTAX = "The log positions a write had published: topic:partition:offset, "
            + "comma-separated (\"-\" when none); tokens join with a comma.";

    private ConsistencyTokens() {
    }

    /** Adds the shared header and parameters to {@code components}, and references them from a back service's operations. */
    static void addTo(JsonNode document, ObjectNode components) {
        ObjectNode headers = section(components, "headers");
        headers.putObject("Written").put("description", "What this write produced, as a consistency token: send it back "
                        + "on a read (X-DVC-After) to be answered once its effects are applied. " + TOKEN_SYNTAX
                        + " Absent when the events could not be published within 1 s (the broker is away): the write is "
                        + "accepted all the same.")
                .put("example", EXAMPLE).putObject("schema").put("type", "string");
        ObjectNode parameters = section(components, "parameters");
        parameters.set("After", after("header", "X-DVC-After"));
        parameters.set("AfterQuery", after("query", "after"));
        document.path("paths").properties().stream().filter(path -> path.getKey().startsWith("/api/"))
                .forEach(path -> path.getValue().properties().forEach(operation -> {
                    if (!(operation.getValue() instanceof ObjectNode node)) {
                        return;
                    }
                    if (operation.getKey().equals("get")) {
                        ArrayNode list = node.has("parameters") ? (ArrayNode) node.get("parameters") : node.putArray("parameters");
                        list.addObject().put("$ref", "#/components/parameters/After");
                        list.addObject().put("$ref", "#/components/parameters/AfterQuery");
                    } else if (WRITES.contains(operation.getKey()) && node.get("responses") instanceof ObjectNode responses) {
                        responses.properties().stream().filter(answer -> answer.getKey().startsWith("2"))
                                .forEach(answer -> section((ObjectNode) answer.getValue(), "headers").putObject("X-DVC-Written")
                                        .put("$ref", "#/components/headers/Written"));
                    }
                }));
    }

    private static ObjectNode after(String in, String name) {
        ObjectNode parameter = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        parameter.put("name", name).put("in", in).put("required", false)
                .put("description", "A consistency token from a write's X-DVC-Written: the answer waits (up to 2 s) until "
                        + "this service has applied what it names, then reflects it; past that, 503 with Retry-After "
                        + "saying how many records are still to apply. " + TOKEN_SYNTAX)
                .put("example", EXAMPLE).putObject("schema").put("type", "string").put("maxLength", 8000);
        return parameter;
    }

    private static ObjectNode section(ObjectNode parent, String name) {
        return parent.has(name) ? (ObjectNode) parent.get(name) : parent.putObject(name);
    }
}
