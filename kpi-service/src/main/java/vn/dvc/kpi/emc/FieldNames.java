package vn.dvc.kpi.emc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;

/**
 * The push's field names as the receiver wants them: the national system's specification is not public, so each of
 * the pull's names may be renamed by configuration ({@code kpi.emc-push.field-names.unitCode=MaDonVi}), at every
 * depth; a name not configured stays as the pull has it.
 */
public record FieldNames(Map<String, String> renames) {

    public JsonNode apply(JsonNode node) {
        if (node instanceof ObjectNode object) {
            ObjectNode renamed = JsonNodeFactory.instance.objectNode();
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                renamed.set(renames.getOrDefault(field.getKey(), field.getKey()), apply(field.getValue()));
            }
            return renamed;
        }
        if (node instanceof ArrayNode array) {
            ArrayNode renamed = JsonNodeFactory.instance.arrayNode();
            array.forEach(element -> renamed.add(apply(element)));
            return renamed;
        }
        return node;
    }
}
