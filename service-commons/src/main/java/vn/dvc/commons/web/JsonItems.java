package vn.dvc.commons.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.dvc.problem.Problem;
import vn.dvc.problem.ProblemException;
import vn.dvc.problem.ProblemMappers;
import vn.dvc.problem.Violation;

/**
 * Reads batch bodies item by item, so that one malformed item is refused with a problem naming its field while the
 * others still count; and the batch envelope: a non-empty JSON array of at most a given number of items.
 */
@ApplicationScoped
public class JsonItems {

    private final ObjectMapper json;
    private final Validator validator;

    public JsonItems(ObjectMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    /** The items of a batch body; a 400 problem when it is not a non-empty array, a 413 when it has too many. */
    public static List<JsonNode> batch(JsonNode body, int maxItems, String itemName) {
        if (body == null || !body.isArray() || body.isEmpty()) {
            throw new ProblemException(Problem.invalid(List.of(new Violation("body",
                    "must be a non-empty JSON array of " + itemName))));
        }
        if (body.size() > maxItems) {
            throw new ProblemException(new Problem("about:blank", "Payload too large", 413, "A batch holds at most "
                    + maxItems + " " + itemName + "; this one has " + body.size() + ". Nothing was stored.", null,
                    List.of()));
        }
        List<JsonNode> items = new ArrayList<>(body.size());
        body.forEach(items::add);
        return items;
    }

    /** One item converted and bean-validated, or the 400 problem naming its fields. */
    public <T> Item<T> read(JsonNode node, Class<T> type) {
        if (node == null || !node.isObject()) {
            return new Item<>(null, Problem.invalid(List.of(new Violation("body", "each item must be a JSON object"))));
        }
        T value;
        try {
            value = json.treeToValue(node, type);
        } catch (JsonProcessingException unreadable) {
            return new Item<>(null, Problem.invalid(List.of(ProblemMappers.violationOf(unreadable))));
        }
        List<Violation> violations = validator.validate(value).stream()
                .map(violation -> new Violation(ProblemMappers.fieldOf(violation), violation.getMessage()))
                .sorted(Comparator.comparing(Violation::field))
                .toList();
        return violations.isEmpty() ? new Item<>(value, null) : new Item<>(value, Problem.invalid(violations));
    }

    /** A read item: the value, and the problem when it cannot be taken. */
    public record Item<T>(T value, Problem problem) {

        public boolean readable() {
            return problem == null;
        }
    }
}
