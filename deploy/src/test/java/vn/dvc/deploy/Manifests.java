package vn.dvc.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** The Kubernetes resources of the files under a folder, each YAML document one resource. */
final class Manifests {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final List<JsonNode> resources;

    private Manifests(List<JsonNode> resources) {
        this.resources = resources;
    }

    static Manifests under(Path folder) {
        List<JsonNode> resources = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".yml")).sorted().toList()) {
                resources.addAll(read(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Manifests(resources);
    }

    static List<JsonNode> read(Path file) {
        try {
            return YAML.readValues(YAML.getFactory().createParser(file.toFile()), JsonNode.class).readAll().stream()
                    .filter(resource -> !resource.isNull() && !resource.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The same resources with every list of named entries (ports, environment variables, containers…) in name order:
     * the generator writes some of them in no fixed order, and their order means nothing to Kubernetes.
     */
    static List<JsonNode> canonical(List<JsonNode> resources) {
        return resources.stream().map(Manifests::canonical).toList();
    }

    private static JsonNode canonical(JsonNode node) {
        if (node.isObject()) {
            ObjectNode copy = YAML.createObjectNode();
            node.fields().forEachRemaining(field -> copy.set(field.getKey(), canonical(field.getValue())));
            return copy;
        }
        if (node.isArray()) {
            List<JsonNode> items = new ArrayList<>();
            node.forEach(item -> items.add(canonical(item)));
            if (items.stream().allMatch(item -> item.has("name"))) {
                items.sort(Comparator.comparing(item -> item.path("name").asText()));
            }
            ArrayNode copy = YAML.createArrayNode();
            copy.addAll(items);
            return copy;
        }
        return node;
    }

    List<JsonNode> ofKind(String kind) {
        return resources.stream().filter(resource -> kind.equals(resource.path("kind").asText())).toList();
    }

    static String name(JsonNode resource) {
        return resource.path("metadata").path("name").asText();
    }
}
