package vn.dvc.gateway.proxy;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.HttpProxy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.jboss.logging.Logger;
import vn.dvc.gateway.config.GatewayConfig;

/**
 * Routes {@code /api/v1/<segment>/…} to the service that owns {@code <segment>} (configuration
 * {@code gateway.routes}); any other path under {@code /api} is a 404 problem. Logs one line per request with its
 * correlation id, status and duration.
 */
@ApplicationScoped
public class ApiRoutes {

    private static final Logger LOG = Logger.getLogger(ApiRoutes.class);
    private static final String API_PREFIX = "/api/v1/";

    private final GatewayConfig config;
    private final ServiceProxies proxies;

    public ApiRoutes(GatewayConfig config, ServiceProxies proxies) {
        this.config = config;
        this.proxies = proxies;
    }

    void register(@Observes Router router) {
        router.route("/api/*").handler(this::proxy);
    }

    private void proxy(RoutingContext routing) {
        long started = System.nanoTime();
        String requestId = RequestIds.takeOrCreate(routing.request().getHeader(RequestIds.HEADER));
        String path = routing.request().path();
        routing.addEndHandler(done -> LOG.infof("[%s] %s %s -> %d in %d ms", requestId, routing.request().method(),
                path, routing.response().getStatusCode(), (System.nanoTime() - started) / 1_000_000));
        Optional<HttpProxy> proxy = ownerOf(path).flatMap(proxies::of);
        if (proxy.isEmpty()) {
            routing.response().setStatusCode(404)
                    .putHeader("Content-Type", Problems.MEDIA_TYPE)
                    .putHeader(RequestIds.HEADER, requestId)
                    .end(Problems.json(404, "Not found", "No API at " + path, path));
            return;
        }
        routing.request().headers().set(RequestIds.HEADER, requestId);
        proxy.get().handle(routing.request());
    }

    private Optional<String> ownerOf(String path) {
        if (!path.startsWith(API_PREFIX)) {
            return Optional.empty();
        }
        String rest = path.substring(API_PREFIX.length());
        int slash = rest.indexOf('/');
        String segment = slash < 0 ? rest : rest.substring(0, slash);
        return Optional.ofNullable(config.routes().get(segment));
    }
}
