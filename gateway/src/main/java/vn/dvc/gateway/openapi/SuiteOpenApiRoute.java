package vn.dvc.gateway.openapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import io.quarkus.vertx.http.HttpServerStart;
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
 * Serves {@code GET /q/openapi}: the back services' documents merged, built in the background at start and every
 * {@code gateway.openapi-refresh} (so a redeployed service shows within that), never on a caller's request — an
 * anonymous caller cannot make the gateway fetch five documents. A service that does not answer contributes its last
 * document seen, or is named as missing in the description; the document itself is always served.
 */
@ApplicationScoped
public class SuiteOpenApiRoute {

    private static final Logger LOG = Logger.getLogger(SuiteOpenApiRoute.class);
    private static final long FETCH_TIMEOUT_MILLIS = 3_000;
    private static final long MISSING_RETRY_MILLIS = 10_000;

    private final GatewayConfig config;
    private final ObjectMapper json;
    private final OpenApiMerger merger;
    private final HttpClient client;
    private final Vertx vertx;
    private final Map<String, JsonNode> lastSeen = new ConcurrentHashMap<>();
    private volatile String merged;
    private Future<String> building;
    private volatile int ownPort;

    public SuiteOpenApiRoute(GatewayConfig config, ObjectMapper json, Vertx vertx) {
        this.config = config;
        this.json = json;
        this.vertx = vertx;
        this.merger = new OpenApiMerger(json);
        this.client = vertx.createHttpClient(new HttpClientOptions().setConnectTimeout((int) FETCH_TIMEOUT_MILLIS));
    }

    void register(@Observes Router router) {
        router.get("/q/openapi").handler(this::serve);
    }

    void start(@Observes HttpServerStart started) {
        // a configured port is known now; a random one (tests) from the first request on
        ownPort = started.options().getPort();
        vertx.setPeriodic(config.openapiRefresh().toMillis(), tick -> build());
        if (ownPort > 0) {
            build();
        }
    }

    private void serve(RoutingContext routing) {
        if (ownPort <= 0) {
            ownPort = routing.request().localAddress().port();
        }
        String document = merged;
        Future<String> ready = document != null ? Future.succeededFuture(document) : build();
        ready.onSuccess(body -> routing.response().putHeader("Content-Type", "application/json").end(body))
                .onFailure(routing::fail);
    }

    /** One build at a time; callers that ask meanwhile share it. */
    private synchronized Future<String> build() {
        if (ownPort <= 0) {
            return Future.failedFuture("the gateway's own port is not known yet");
        }
        if (building == null) {
            building = merge().onComplete(done -> {
                synchronized (this) {
                    building = null;
                }
            });
        }
        return building;
    }

    private Future<String> merge() {
        Map<String, URI> services = new TreeMap<>();
        config.services().forEach((name, service) -> services.put(name, service.url()));
        List<String> names = new ArrayList<>(services.keySet());
        List<Future<JsonNode>> fetches = new ArrayList<>(names.stream()
                .map(name -> fetch(name, services.get(name), "/q/openapi?format=json")).toList());
        // the gateway's own endpoints (API keys, audit), from its own document
        names.add("gateway");
        fetches.add(fetch("gateway", URI.create("http://127.0.0.1:" + ownPort), "/q/openapi-gateway?format=json"));
        return Future.join(new ArrayList<>(fetches)).transform(done -> {
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
            if (!missing.isEmpty()) {
                vertx.setTimer(MISSING_RETRY_MILLIS, retry -> build());
            }
            try {
                merged = json.writeValueAsString(merger.merge(documents, missing, "DVC campaign suite API", "1.0.0"));
                return Future.succeededFuture(merged);
            } catch (JsonProcessingException e) {
                return Future.failedFuture(e);
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
