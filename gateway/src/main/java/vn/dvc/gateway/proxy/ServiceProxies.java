package vn.dvc.gateway.proxy;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;
import vn.dvc.gateway.config.GatewayConfig;

/**
 * One streaming reverse proxy ({@code vertx-http-proxy}) per back service. Bodies stream through without being
 * buffered; the correlation id goes to the service and back to the caller; a service that cannot be reached is
 * answered with a 503 problem instead of the proxy's bare 502.
 */
@ApplicationScoped
public class ServiceProxies {

    private static final Logger LOG = Logger.getLogger(ServiceProxies.class);
    private static final String REQUEST_ID_KEY = "requestId";

    private final Map<String, HttpProxy> proxies = new HashMap<>();
    private final GatewayConfig config;
    private final HttpClient client;

    public ServiceProxies(Vertx vertx, GatewayConfig config) {
        this.config = config;
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) config.connectTimeout().toMillis())
                .setMaxPoolSize(64)
                // bounded: past this many requests waiting for a connection, the caller gets a 503 at once
                .setMaxWaitQueueSize(1_000)
                .setKeepAlive(true));
        config.services().forEach((name, service) -> proxies.put(name, proxyTo(client, name, service.url())));
    }

    public Optional<HttpProxy> of(String serviceName) {
        return Optional.ofNullable(proxies.get(serviceName));
    }

    /** Sends a request whose body is already read, and reads the whole answer (for answers the gateway keeps). */
    public Future<Answer> send(String serviceName, HttpServerRequest request, Buffer body) {
        URI url = config.services().get(serviceName).url();
        RequestOptions options = new RequestOptions().setMethod(request.method()).setHost(url.getHost()).setPort(url.getPort())
                .setURI(request.uri()).setConnectTimeout(config.connectTimeout().toMillis())
                .setIdleTimeout(config.requestTimeout().toMillis());
        request.headers().forEach(header -> {
            if (!header.getKey().equalsIgnoreCase("Host") && !header.getKey().equalsIgnoreCase("Content-Length")) {
                options.addHeader(header.getKey(), header.getValue());
            }
        });
        return client.request(options).compose(outgoing -> outgoing.send(body))
                .compose(response -> response.body().map(answer -> new Answer(response.statusCode(),
                        response.getHeader("Content-Type"), answer)));
    }

    /** A whole answer of a back service. */
    public record Answer(int status, String contentType, Buffer body) {
    }

    private HttpProxy proxyTo(HttpClient client, String name, URI url) {
        SocketAddress origin = SocketAddress.inetSocketAddress(url.getPort(), url.getHost());
        HttpProxy proxy = HttpProxy.reverseProxy(client).originRequestProvider((request, httpClient) ->
                httpClient.request(new RequestOptions()
                        .setServer(origin)
                        .setConnectTimeout(config.connectTimeout().toMillis())
                        .setIdleTimeout(config.requestTimeout().toMillis())));
        proxy.addInterceptor(new CorrelationAndAvailability(name));
        return proxy;
    }

    /** Adds the correlation id both ways and turns an unreachable service into a 503 problem. */
    private static final class CorrelationAndAvailability implements ProxyInterceptor {

        private final String serviceName;

        CorrelationAndAvailability(String serviceName) {
            this.serviceName = serviceName;
        }

        @Override
        public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
            String requestId = context.request().headers().get(RequestIds.HEADER);
            context.set(REQUEST_ID_KEY, requestId);
            return context.sendRequest().recover(failure -> {
                LOG.warnf("[%s] %s unavailable: %s", requestId, serviceName, failure.getMessage());
                ProxyResponse response = context.request().response()
                        .setStatusCode(503)
                        .setStatusMessage("Service Unavailable");
                response.headers().clear();
                response.putHeader("Content-Type", Problems.MEDIA_TYPE)
                        .putHeader("Retry-After", "5")
                        .setBody(Body.body(Buffer.buffer(Problems.json(503, "Service unavailable",
                                serviceName + " is not reachable; retry later", context.request().getURI()))));
                return Future.succeededFuture(response);
            });
        }

        @Override
        public Future<Void> handleProxyResponse(ProxyContext context) {
            context.response().headers().set(RequestIds.HEADER, context.get(REQUEST_ID_KEY, String.class));
            return context.sendResponse();
        }
    }
}
