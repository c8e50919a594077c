package vn.dvc.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Merges the back services' OpenAPI documents into the suite's one: every path, every tag, every component. A
 * component name two services use for different shapes is qualified with the service's name (and that service's
 * {@code $ref}s follow), so no service's schema silently replaces another's.
 */
public final class OpenApiMerger {

    private static final String REF_PREFIX = "#/components/";

    private final ObjectMapper json;

    public OpenApiMerger(ObjectMapper json) {
        this.json = json;
    }

    /**
     * @param documents the services' documents by service name, in a stable order
     * @param missing   services whose document could not be had (named in the description)
     */
    public ObjectNode merge(Map<String, JsonNode> documents, List<String> missing, String title, String version) {
        ObjectNode merged = json.createObjectNode();
        merged.put("openapi", documents.values().stream().map(d -> d.path("openapi").asText(null))
                .filter(v -> v != null).findFirst().orElse("3.1.0"));
        ObjectNode info = merged.putObject("info").put("title", title).put("version", version);
        info.put("description", "One API for the whole suite, through the gateway. Services: "
                + String.join(", ", documents.keySet())
                + (missing.isEmpty() ? "." : ". Not reachable now, so their paths are missing: " + String.join(", ", missing) + "."));
        ObjectNode paths = merged.putObject("paths");
        ObjectNode components = merged.putObject("components");
        Map<String, JsonNode> tags = new LinkedHashMap<>();
        documents.forEach((service, original) -> {
            JsonNode document = withQualifiedClashes(service, original.deepCopy(), components);
            if (!service.equals("gateway")) {
                ConsistencyTokens.addTo(document, components);
            }
            document.path("paths").properties().forEach(path -> {
                if (!paths.has(path.getKey())) {
                    paths.set(path.getKey(), path.getValue());
                }
            });
            document.path("components").properties().forEach(section -> {
                ObjectNode target = components.has(section.getKey()) ? (ObjectNode) components.get(section.getKey())
                        : components.putObject(section.getKey());
                section.getValue().properties().forEach(entry -> target.set(entry.getKey(), entry.getValue()));
            });
            document.path("tags").forEach(tag -> tags.putIfAbsent(tag.path("name").asText(), tag));
        });
        ObjectNode schemes = components.has("securitySchemes") ? (ObjectNode) components.get("securitySchemes")
                : components.putObject("securitySchemes");
        schemes.putObject("apiKey").put("type", "apiKey").put("in", "header").put("name", "X-API-Key")
                .put("description", "An API key of role portal, ministry, ops or unit (the launcher prints development ones)");
        schemes.putObject("bearer").put("type", "http").put("scheme", "bearer")
                .put("description", "The same API key as Authorization: Bearer <key>");
        ArrayNode security = merged.putArray("security");
        security.addObject().putArray("apiKey");
        security.addObject().putArray("bearer");
        ArrayNode tagList = merged.putArray("tags");
        tags.values().forEach(tagList::add);
        merged.putArray("servers").addObject().put("url", "/").put("description", "The gateway that serves this document");
        qualifyRepeatedOperationIds(paths);
        GatewayAnswers.addTo(paths, components);
        return merged;
    }

    /**
     * Operation ids each service chose alone ({@code get}, {@code list}) repeat across the suite: where one does, each
     * operation carrying it is named after its resource as well ({@code GET /api/v1/units/{code}}: {@code get} →
     * {@code unitsGet}), so every id is unique — as generated clients and linters require — and stays the same from
     * one merge to the next.
     */
    private static void qualifyRepeatedOperationIds(ObjectNode paths) {
        Map<String, Integer> uses = new LinkedHashMap<>();
        // operations by position, not as map keys: two operations may be equal as JSON
        List<Map.Entry<String, ObjectNode>> operations = new ArrayList<>();
        paths.properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            if (operation.getValue() instanceof ObjectNode node && node.has("operationId")) {
                operations.add(Map.entry(path.getKey(), node));
                uses.merge(node.get("operationId").asText(), 1, Integer::sum);
            }
        }));
        for (Map.Entry<String, ObjectNode> operation : operations) {
            String id = operation.getValue().get("operationId").asText();
            if (uses.get(id) > 1) {
                operation.getValue().put("operationId", lowerCamel(resourceOf(operation.getKey()))
                        + Character.toUpperCase(id.charAt(0)) + id.substring(1));
            }
        }
    }

    /** The first segment after {@code /api/v1}: {@code /api/v1/report-forms/{code}} → {@code report-forms}. */
    private static String resourceOf(String path) {
        String[] segments = path.replaceFirst("^/api/v\\d+/", "").split("/");
        return segments[0].isEmpty() ? "api" : segments[0];
    }

    private static String lowerCamel(String words) {
        StringBuilder camel = new StringBuilder();
        for (String word : words.split("[^A-Za-z0-9]+")) {
            if (!word.isEmpty()) {
                camel.append(camel.length() == 0 ? word.toLowerCase() : Character.toUpperCase(word.charAt(0)) + word.substring(1).toLowerCase());
            }
        }
        return camel.toString();
    }

    /** Renames this document's components that clash with different ones already merged; rewrites its refs. */
    private JsonNode withQualifiedClashes(String service, JsonNode document, ObjectNode mergedComponents) {
        Map<String, String> renames = new LinkedHashMap<>();
        document.path("components").properties().forEach(section -> {
            JsonNode existing = mergedComponents.path(section.getKey());
            Set<String> names = new LinkedHashSet<>();
            section.getValue().fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                if (existing.has(name) && !existing.get(name).equals(section.getValue().get(name))) {
                    String qualified = qualifier(service) + "_" + name;
                    ObjectNode sectionNode = (ObjectNode) section.getValue();
                    sectionNode.set(qualified, sectionNode.remove(name));
                    renames.put(REF_PREFIX + section.getKey() + "/" + name, REF_PREFIX + section.getKey() + "/" + qualified);
                }
            }
        });
        if (!renames.isEmpty()) {
            rewriteRefs(document, renames);
        }
        return document;
    }

    private static String qualifier(String service) {
        return Character.toUpperCase(service.charAt(0)) + service.substring(1);
    }

    private static void rewriteRefs(JsonNode node, Map<String, String> renames) {
        if (node instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> field : object.properties()) {
                if (field.getKey().equals("$ref") && field.getValue().isTextual()
                        && renames.containsKey(field.getValue().asText())) {
                    field.setValue(TextNode.valueOf(renames.get(field.getValue().asText())));
                } else {
                    rewriteRefs(field.getValue(), renames);
                }
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(element -> rewriteRefs(element, renames));
        }
    }
}
