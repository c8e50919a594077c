package vn.dvc.e2e;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.dvc.access.Role;
import vn.dvc.access.RoutePolicy;
import vn.dvc.access.RouteRule;

/**
 * Every read of the merged OpenAPI the gateway serves, made concrete for a unit key: its path variables and query
 * parameters filled in — the parameters the access policy says name units with the key's unit, every other one with a
 * valid value that names no unit — so that the generated tests reach every GET a unit key may call, and a new endpoint
 * is tried without anybody writing it down here.
 */
final class GeneratedReads {

    /** Valid values of the parameters that do not name units, by name; a route's own where one name means two things. */
    private static final Map<String, String> VALUES = Map.ofEntries(Map.entry("from", "2022-06-01"), Map.entry("to", "2022-07-01"),
            Map.entry("page", "0"), Map.entry("size", "10"), Map.entry("limit", "5"), Map.entry("missingLimit", "5"),
            Map.entry("points", "5"), Map.entry("indicator", "ONLINE_DOSSIER_SHARE"), Map.entry("tier", "DISTRICT"),
            Map.entry("step", "WEEK"), Map.entry("version", "766-r1"), Map.entry("period", "2022-06"), Map.entry("system", "GRIS"),
            Map.entry("kind", "FEE"), Map.entry("groupBy", "unit"), Map.entry("format", "json"), Map.entry("field", "Tư pháp"),
            Map.entry("onlineMode", "FULL"), Map.entry("form", "BC-KHONG-CO"), Map.entry("status", "DONE"),
            Map.entry("at", "2022-06-15T08:00:00+07:00"), Map.entry("key", "000000000000"), Map.entry("province", "KHONG-CO"),
            Map.entry("parent", "KHONG-CO"));
    private static final Map<String, String> ROUTE_VALUES = Map.of("/dossiers/near-due within", "P2D",
            "/sources/freshness within", "2", "/emc/pushes status", "DELIVERED", "/sources/freshness at", "2022-06-15T08:00:00Z");
    private static final Map<String, String> PATH_VALUES = Map.of("id", "KH-170-2022", "number", "1", "code", "1.004227",
            "transactionId", "GD-KHONG-CO");

    /** One concrete read: its operation ("GET /kpis"), the path to call, its query, and which parameters name units. */
    record Read(String operation, RouteRule rule, String path, Map<String, String> query, List<String> unitParameters,
                List<String> required) {
    }

    private GeneratedReads() {
    }

    /** The merged document's GETs a unit key may call, filled in for {@code unit}. */
    static List<Read> forUnitKey(String unit) {
        JsonNode paths = document().path("paths");
        List<Read> reads = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> entries = paths.fields();
        while (entries.hasNext()) {
            Map.Entry<String, JsonNode> entry = entries.next();
            JsonNode get = entry.getValue().path("get");
            if (get.isMissingNode() || !entry.getKey().startsWith("/api/v1/")) {
                continue;
            }
            String template = entry.getKey().substring("/api/v1".length());
            String path = fill(template, unit);
            Optional<RouteRule> rule = RoutePolicy.ruleFor("GET", path);
            if (rule.isEmpty() || !rule.get().allows(Role.UNIT)) {
                continue;
            }
            Map<String, String> query = new LinkedHashMap<>();
            List<String> required = new ArrayList<>();
            for (JsonNode parameter : get.path("parameters")) {
                if (!"query".equals(parameter.path("in").asText())) {
                    continue;
                }
                String name = parameter.path("name").asText();
                query.put(name, rule.get().unitParameters().contains(name) ? unit : valueOf(template, name, parameter.path("schema")));
                if (parameter.path("required").asBoolean()) {
                    required.add(name);
                }
            }
            reads.add(new Read("GET " + template, rule.get(), path, query, rule.get().unitParameters(), required));
        }
        return reads;
    }

    /** Whether the route serves reference data every key may read (units, services, forms): public, not scoped. */
    static boolean publicReference(RouteRule rule) {
        return rule.allows(Role.PORTAL) && rule.allows(Role.MINISTRY) && rule.allows(Role.UNIT) && rule.unitParameters().isEmpty()
                && rule.unitPathVariable() == null && !rule.template().startsWith("/dossiers") && !rule.template().startsWith("/payments");
    }

    private static String fill(String template, String unit) {
        String path = template;
        for (Map.Entry<String, String> value : PATH_VALUES.entrySet()) {
            path = path.replace("{" + value.getKey() + "}", value.getValue());
        }
        return path.replaceAll("\\{[A-Za-z]+}", unit);
    }

    private static String valueOf(String template, String name, JsonNode schema) {
        String own = ROUTE_VALUES.get(template + " " + name);
        if (own != null) {
            return own;
        }
        if (schema.has("enum")) {
            return schema.path("enum").get(0).asText();
        }
        if (schema.path("type").asText().equals("integer")) {
            return VALUES.getOrDefault(name, "1");
        }
        return VALUES.getOrDefault(name, "x");
    }

    private static JsonNode document() {
        try {
            return new ObjectMapper().readTree(given().get("/q/openapi").then().statusCode(200).extract().asString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
