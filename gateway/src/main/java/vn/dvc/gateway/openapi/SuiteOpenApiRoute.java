package vn.dvc.gateway.openapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.CompositeFuture;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;
import vn.dvc.gateway.config.GatewayConfig;

/**
 * Serves {@code GET /q/openapi}: the back services' documents, fetched on each request (so a redeployed service
 * shows at once) and merged. A service that does not answer contributes its last document seen, or is named as
 * missing in the description; the document itself is always served.
 */
@ApplicationScoped
public class SuiteOpenApiRoute {

    private static final Logger LOG = Logger.getLogger(SuiteOpenApiRoute.class);
    private static final long FETCH_TIMEOUT_MILLIS = 3_000;

    private final GatewayConfig config;
    private final ObjectMapper json;
    private final OpenApiMerger merger;
    private final HttpClient client;
    private final Map<String, JsonNode> lastSeen = new ConcurrentHashMap<>();

    public SuiteOpenApiRoute(GatewayConfig config, ObjectMapper json, Vertx vertx) {
        this.config = config;
        this.json = json;
        this.merger = new OpenApiMerger(json);
        this.client = vertx.createHttpClient(new HttpClientOptions().setConnectTimeout((int) FETCH_TIMEOUT_MILLIS));
    }

    void register(@Observes Router router) {
        router.get("/q/openapi").handler(this::serve);
    }

    private void serve(RoutingContext routing) {
        Map<String, URI> services = new TreeMap<>();
        config.services().forEach((name, service) -> services.put(name, service.url()));
        List<String> names = new ArrayList<>(services.keySet());
        List<Future<JsonNode>> fetches = new ArrayList<>(names.stream()
                .map(name -> fetch(name, services.get(name), "/q/openapi?format=json")).toList());
        // the gateway's own endpoints (API keys, audit), from its own document
        names.add("gateway");
        fetches.add(fetch("gateway", URI.create("http://127.0.0.1:" + routing.request().localAddress().port()),
                "/q/openapi-gateway?format=json"));
        Future.join(new ArrayList<>(fetches)).onComplete(done -> {
            Map<String, JsonNode> documents = new LinkedHashMap<>();
            List<String> missing = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                JsonNode document = fetches.get(i).succeeded() ? fetches.get(i).result() : lastSeen.get(names.get(i));
                if (document == null) {
                    missing.add(names.get(i));
                } else {
                    documents.put(names.get(i), document);
                }
            }
            try {
                routing.response().putHeader("Content-Type", "application/json")
                        .end(json.writeValueAsString(merger.merge(documents, missing, "DVC campaign suite API", "1.0.0")));
            } catch (JsonProcessingException e) {
                routing.fail(e);
            }
        });
    }

    private Future<JsonNode> fetch(String name, URI url, String path) {
        return client.request(new RequestOptions().setMethod(HttpMethod.GET).setHost(url.getHost()).setPort(url.getPort())
                        .setURI(path).setIdleTimeout(FETCH_TIMEOUT_MILLIS))
                .compose(request -> request.send())
                .compose(response -> response.statusCode() == 200 ? response.body()
                        : Future.failedFuture(name + " answered " + response.statusCode()))
                .map(body -> {
                    try {
                        JsonNode document = json.readTree(body.getBytes());
                        lastSeen.put(name, document);
                        return document;
                    } catch (java.io.IOException e) {
                        throw new IllegalStateException(name + " served an unreadable OpenAPI document", e);
                    }
                })
                .onFailure(failure -> LOG.warnf("OpenAPI of %s not available: %s", name, failure.getMessage()));
    }
}
