package vn.dvc.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * An outsider's attack on the gateway, generated from the merged OpenAPI (so a new endpoint is covered without editing
 * this test): for every GET and POST and every key role, when the plain request is refused, every other spelling of it
 * — a percent-encoded letter or hyphen, dot segments, a doubled or trailing slash, matrix parameters, another case,
 * non-ASCII, HEAD and OPTIONS, a method override — is refused too (a 4xx from the gateway, never an answer of the
 * service behind it).
 */
class PathSpellingAttackTest {

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");
    private static final List<String> ROLES = List.of("portal", "ministry", "ops", "unit");

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String unit = RunningSuite.get().devKeys().unitCode();

    @Test
    void everySpellingOfARefusedRequestIsRefused() throws Exception {
        URI gateway = RunningSuite.gateway();
        Map<String, String> keys = unlimitedKeys();
        JsonNode paths = json.readTree(given().get("/q/openapi").then().statusCode(200).extract().asString()).path("paths");
        List<String> leaks = new ArrayList<>();
        int plainRefused = 0;
        int spellingsTried = 0;
        for (Map.Entry<String, JsonNode> path : paths.properties()) {
            for (String method : List.of("get", "post")) {
                JsonNode operation = path.getValue().path(method);
                if (operation.isMissingNode() || !path.getKey().startsWith("/api/v1/")) {
                    continue;
                }
                String plainPath = filled(path.getKey());
                String query = query(operation);
                for (String role : ROLES) {
                    int plain = send(gateway, method.toUpperCase(), plainPath, query, keys.get(role), Map.of()).statusCode();
                    if (plain != 401 && plain != 403) {
                        continue;
                    }
                    plainRefused++;
                    for (Spelling spelling : spellings(method.toUpperCase(), plainPath)) {
                        spellingsTried++;
                        HttpResponse<String> answer = send(gateway, spelling.method(), spelling.path(), query, keys.get(role), spelling.headers());
                        if (answer.statusCode() < 400 || answer.statusCode() >= 500) {
                            leaks.add(role + " " + spelling.method() + " " + spelling.path() + " (" + spelling.name() + ") → "
                                    + answer.statusCode() + " though " + method.toUpperCase() + " " + plainPath + " → " + plain);
                        }
                    }
                }
            }
        }
        System.out.printf("Spelling attack: %d refused (role, endpoint) pairs, %d (role, endpoint, spelling) combinations tried%n",
                plainRefused, spellingsTried);
        assertThat(plainRefused).as("the policy refuses some role somewhere").isGreaterThan(40);
        assertThat(leaks).isEmpty();
    }

    private List<Spelling> spellings(String method, String path) {
        int cut = path.lastIndexOf('/');
        String parent = path.substring(0, cut);
        String last = path.substring(cut + 1);
        List<Spelling> spellings = new ArrayList<>(List.of(
                new Spelling("percent-encoded letter", method, parent + "/%" + String.format("%02X", (int) last.charAt(0)) + last.substring(1), Map.of()),
                new Spelling("dot-dot segment", method, parent + "/x/../" + last, Map.of()),
                new Spelling("dot segment", method, parent + "/./" + last, Map.of()),
                new Spelling("trailing slash", method, path + "/", Map.of()),
                new Spelling("double slash", method, parent + "//" + last, Map.of()),
                new Spelling("matrix parameter", method, path + ";x=1", Map.of()),
                new Spelling("matrix parameter inside", method, parent + ";x=1/" + last, Map.of()),
                new Spelling("upper case", method, parent + "/" + last.toUpperCase(), Map.of()),
                new Spelling("non-ASCII", method, path + "%C3%A9", Map.of()),
                new Spelling("HEAD", "HEAD", path, Map.of()),
                new Spelling("OPTIONS", "OPTIONS", path, Map.of()),
                new Spelling("method override", method.equals("GET") ? "POST" : "GET", path, Map.of("X-HTTP-Method-Override", method)),
                new Spelling("method override (X-HTTP-Method)", method.equals("GET") ? "POST" : "GET", path, Map.of("X-HTTP-Method", method))));
        if (last.contains("-")) {
            spellings.add(new Spelling("percent-encoded hyphen", method, parent + "/" + last.replace("-", "%2D"), Map.of()));
        }
        return spellings;
    }

    private HttpResponse<String> send(URI gateway, String method, String path, String query, String key,
                                      Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway + path + query)).timeout(Duration.ofSeconds(30))
                .header("X-API-Key", key);
        headers.forEach(request::header);
        if (method.equals("POST") || method.equals("PUT")) {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(
                    path.endsWith("/batch") || path.endsWith("/units") || path.endsWith("/services") ? "[]" : "{}"));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Path variables filled with what an id may be: a unit variable with the unit key's own unit. */
    private String filled(String template) {
        Matcher variable = VARIABLE.matcher(template);
        StringBuilder path = new StringBuilder();
        while (variable.find()) {
            String name = variable.group(1).toLowerCase();
            variable.appendReplacement(path, name.contains("unit") || name.equals("code") && template.contains("/units/") ? unit
                    : name.equals("number") ? "5" : "e2e-attack-1");
        }
        return variable.appendTail(path).toString();
    }

    /** Every unit-naming query parameter the operation has, naming the unit key's own unit. */
    private String query(JsonNode operation) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (JsonNode parameter : operation.path("parameters")) {
            String name = parameter.path("name").asText();
            if (parameter.path("in").asText().equals("query") && (name.equals("unit") || name.equals("within"))) {
                parameters.put(name, unit);
            }
        }
        parameters.put("from", "2022-06-01");
        parameters.put("to", "2022-07-01");
        StringBuilder query = new StringBuilder();
        parameters.forEach((name, value) -> query.append(query.length() == 0 ? "?" : "&").append(name).append('=').append(value));
        return query.toString();
    }

    /** A key per role, made by ops without a rate limit worth the name, so the attack is never slowed to 429s. */
    private Map<String, String> unlimitedKeys() {
        Map<String, String> keys = new LinkedHashMap<>();
        for (String role : ROLES) {
            Map<String, Object> body = new LinkedHashMap<>(Map.of("name", "attack " + role + " " + UUID.randomUUID(), "role", role,
                    "requestsPerSecond", 100_000));
            if (role.equals("unit")) {
                body.put("unitCode", unit);
            }
            keys.put(role, given().contentType(ContentType.JSON).body(body).post("/api/v1/api-keys").then().statusCode(201)
                    .extract().jsonPath().getString("token"));
        }
        return keys;
    }

    private record Spelling(String name, String method, String path, Map<String, String> headers) {
    }
}
