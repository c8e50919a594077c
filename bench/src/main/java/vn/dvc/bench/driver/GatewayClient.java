package vn.dvc.bench.driver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * The suite's public API as a portal, the ministry or ops call it: through the gateway, with the role's API key.
 * Every call answers status, body and how long it took; the load driver decides what a failure means.
 */
public final class GatewayClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI base;
    private final Map<String, String> keysByRole;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    public GatewayClient(URI gateway, Map<String, String> keysByRole) {
        this.base = gateway.resolve("/api/v1");
        this.keysByRole = keysByRole;
    }

    /**
     * @param retryAfter the Retry-After header, when the answer had one
     * @param written    the X-DVC-Written consistency token, when the answer had one
     */
    public record Answer(int status, byte[] body, long nanos, String retryAfter, String written) {

        public boolean ok() {
            return status >= 200 && status < 300;
        }

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("Not JSON (HTTP " + status + "): " + text(), e);
            }
        }

        public String text() {
            return new String(body, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    public Answer get(String role, String path, String... headers) {
        HttpRequest.Builder request = request(role, path).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request);
    }

    public Answer post(String role, String path, byte[] json, String... headers) {
        return send("POST", role, path, "application/json", json, headers);
    }

    /** Any method, content type and body: for the fuzzer's malformed requests. */
    public Answer send(String method, String role, String path, String contentType, byte[] body, String... headers) {
        HttpRequest.Builder request = request(role, path).header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request);
    }

    public Answer put(String role, String path, byte[] json) {
        return send(request(role, path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(json)));
    }

    public static byte[] toJson(Object value) {
        try {
            return JSON.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private HttpRequest.Builder request(String role, String path) {
        String key = keysByRole.get(role);
        if (key == null) {
            throw new IllegalArgumentException("No API key for role " + role);
        }
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).header("X-API-Key", key);
    }

    private Answer send(HttpRequest.Builder request) {
        long start = System.nanoTime();
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(response.statusCode(), response.body(), System.nanoTime() - start,
                    response.headers().firstValue("Retry-After").orElse(null),
                    response.headers().firstValue("X-DVC-Written").orElse(null));
        } catch (IOException e) {
            return new Answer(0, ("{\"detail\":\"" + e.getClass().getSimpleName() + "\"}").getBytes(), System.nanoTime() - start,
                    null, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(0, "{\"detail\":\"interrupted\"}".getBytes(), System.nanoTime() - start, null, null);
        }
    }
}
