package vn.dvc.problem.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * A service's examples ({@code openapi/examples.json}), by operation ({@code "POST /api/v1/dossier-events"}):
 * {@code "request"} for the body, an answer's status code for that answer, each a map of example name to
 * {@code {summary, value}}. An example for an operation or an answer the service does not document stops the build:
 * the file and the endpoints must not drift apart.
 */
final class OperationExamples {

    static final String RESOURCE = "openapi/examples.json";
    private static final String REQUEST = "request";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode byOperation;

    private OperationExamples(JsonNode byOperation) {
        this.byOperation = byOperation;
    }

    static OperationExamples of(JsonNode byOperation) {
        return new OperationExamples(byOperation);
    }

    static OperationExamples load(ClassLoader loader) {
        try (InputStream in = loader.getResourceAsStream(RESOURCE)) {
            return new OperationExamples(in == null ? JSON.createObjectNode() : JSON.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    void applyTo(OpenAPI document) {
        List<String> unknown = new ArrayList<>();
        byOperation.properties().forEach(entry -> {
            Operation operation = find(document, entry.getKey());
            if (operation == null) {
                unknown.add(entry.getKey());
            } else {
                applyTo(operation, entry.getKey(), entry.getValue());
            }
        });
        if (!unknown.isEmpty()) {
            throw new IllegalStateException(RESOURCE + " names operations this service does not have: " + unknown);
        }
    }

    private static Operation find(OpenAPI document, String methodAndPath) {
        String[] parts = methodAndPath.split(" ", 2);
        if (parts.length < 2 || document.getPaths() == null || document.getPaths().getPathItem(parts[1]) == null) {
            return null;
        }
        return document.getPaths().getPathItem(parts[1]).getOperations().entrySet().stream()
                .filter(operation -> operation.getKey().name().equals(parts[0].toUpperCase(Locale.ROOT)))
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }

    private static void applyTo(Operation operation, String name, JsonNode parts) {
        parts.properties().forEach(part -> {
            if (part.getKey().equals(REQUEST)) {
                if (operation.getRequestBody() == null) {
                    throw drift(name, "a request body");
                }
                add(part.getValue(), operation.getRequestBody().getContent(), name, "its request body");
            } else {
                APIResponse answer = operation.getResponses() == null ? null
                        : operation.getResponses().getAPIResponse(part.getKey());
                if (answer == null) {
                    throw drift(name, "answer " + part.getKey());
                }
                add(part.getValue(), answer.getContent(), name, "answer " + part.getKey());
            }
        });
    }

    private static void add(JsonNode examples, Content content, String name, String what) {
        if (content == null || content.getMediaTypes() == null || content.getMediaTypes().isEmpty()) {
            throw drift(name, "content of " + what);
        }
        examples.properties().forEach(example -> content.getMediaTypes().values().forEach(type -> type.addExample(
                example.getKey(), OASFactory.createExample()
                        .summary(example.getValue().path("summary").asText(null))
                        .value(JSON.convertValue(example.getValue().get("value"), Object.class)))));
    }

    private static IllegalStateException drift(String name, String what) {
        return new IllegalStateException(RESOURCE + " has examples for " + what + " of " + name
                + ", which it does not document");
    }
}
