package vn.dvc.gateway.proxy;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.file.OpenOptions;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;
import vn.dvc.gateway.config.GatewayConfig;
import vn.dvc.problem.Problem;
import vn.dvc.problem.ProblemMappers;
import vn.dvc.problem.web.RequestIds;

/**
 * One streaming reverse proxy ({@code vertx-http-proxy}) per back service. Bodies stream through without being
 * buffered; the correlation id goes to the service and back to the caller; a service that cannot be reached is
 * answered with a 503 problem instead of the proxy's bare 502.
 */
@ApplicationScoped
public class ServiceProxies {

    private static final Logger LOG = Logger.getLogger(ServiceProxies.class);
    private static final String REQUEST_ID_KEY = "requestId";
    /** Hop-by-hop headers and those the body sent anew decides: never copied between the two connections. */
    private static final String TRACE_PARENT = "traceparent";
    private static final String TRACE_STATE = "tracestate";
    /** Hop-by-hop headers, and the caller's trace context: the gateway's own client span carries the trace on. */
    private static final Set<String> NOT_FORWARDED = Set.of("host", "content-length", "transfer-encoding", "connection",
            "keep-alive", "expect", "upgrade", "te", "trailer", "proxy-connection", TRACE_PARENT, TRACE_STATE);

    private final Map<String, HttpProxy> proxies = new HashMap<>();
    private final Map<String, ServiceInstances> instances = new HashMap<>();
    private final GatewayConfig config;
    private final HttpClient client;
    private final Vertx vertx;

    public ServiceProxies(Vertx vertx, GatewayConfig config) {
        this.config = config;
        this.vertx = vertx;
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) config.connectTimeout().toMillis())
                .setMaxPoolSize(64)
                // bounded: past this many requests waiting for a connection, the caller gets a 503 at once
                .setMaxWaitQueueSize(1_000)
                .setKeepAlive(true));
        config.services().forEach((name, service) -> {
            instances.put(name, new ServiceInstances(service.urls()));
            proxies.put(name, proxyTo(client, name, instances.get(name)));
        });
    }

    public Optional<HttpProxy> of(String serviceName) {
        return Optional.ofNullable(proxies.get(serviceName));
    }

    /**
     * Sends a request whose body is already read (and digested), and reads the whole answer: every request with a
     * body, and the answers the gateway keeps.
     */
    public Future<Answer> send(String serviceName, HttpServerRequest request, Buffer body) {
        RequestOptions options = optionsFor(request);
        return connect(serviceName, options).compose(outgoing -> outgoing.send(body)).compose(ServiceProxies::answer);
    }

    /** Sends a request whose body was spooled to a file (an upload), streaming it from the file; reads the whole answer. */
    public Future<Answer> sendFile(String serviceName, HttpServerRequest request, String path, long size) {
        RequestOptions options = optionsFor(request).putHeader("Content-Length", Long.toString(size));
        return vertx.fileSystem().open(path, new OpenOptions().setRead(true)).compose(file -> connect(serviceName, options)
                .compose(outgoing -> outgoing.send(file)).compose(ServiceProxies::answer)
                .onComplete(sent -> file.close()));
    }

    /** A connection to the next instance of the service that takes one, for these options. */
    private Future<HttpClientRequest> connect(String serviceName, RequestOptions options) {
        return instances.get(serviceName).connect(url -> client.request(options.setHost(url.getHost()).setPort(url.getPort())));
    }

    private RequestOptions optionsFor(HttpServerRequest request) {
        RequestOptions options = new RequestOptions().setMethod(request.method())
                .setURI(request.uri()).setConnectTimeout(config.connectTimeout().toMillis())
                .setIdleTimeout(config.requestTimeout().toMillis());
        request.headers().forEach(header -> {
            if (!NOT_FORWARDED.contains(header.getKey().toLowerCase(Locale.ROOT))) {
                options.addHeader(header.getKey(), header.getValue());
            }
        });
        return options;
    }

    private static Future<Answer> answer(HttpClientResponse response) {
        return response.body().map(answer -> new Answer(response.statusCode(), response.getHeader("Content-Type"),
                relayed(response.headers()), answer));
    }

    private static MultiMap relayed(MultiMap headers) {
        MultiMap kept = MultiMap.caseInsensitiveMultiMap();
        headers.forEach(header -> {
            if (!NOT_FORWARDED.contains(header.getKey().toLowerCase(Locale.ROOT))) {
                kept.add(header.getKey(), header.getValue());
            }
        });
        return kept;
    }

    /** Passes a whole answer on to the caller. */
    public static void relay(RoutingContext routing, Answer answer) {
        routing.response().setStatusCode(answer.status());
        answer.headers().forEach(header -> routing.response().headers().add(header.getKey(), header.getValue()));
        routing.response().end(answer.body());
    }

    /** A whole answer of a back service, with the headers to pass on. */
    public record Answer(int status, String contentType, MultiMap headers, Buffer body) {
    }

    private HttpProxy proxyTo(HttpClient client, String name, ServiceInstances origins) {
        HttpProxy proxy = HttpProxy.reverseProxy(client).originRequestProvider((request, httpClient) ->
                origins.connect(url -> httpClient.request(new RequestOptions()
                        .setServer(SocketAddress.inetSocketAddress(url.getPort(), url.getHost()))
                        .setConnectTimeout(config.connectTimeout().toMillis())
                        .setIdleTimeout(config.requestTimeout().toMillis()))));
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
            // the caller's trace context is the gateway's parent, not the service's: the client span puts its own
            context.request().headers().remove(TRACE_PARENT).remove(TRACE_STATE);
            return context.sendRequest().recover(failure -> {
                LOG.warnf("[%s] %s unavailable: %s", requestId, serviceName, failure.getMessage());
                ProxyResponse response = context.request().response()
                        .setStatusCode(503)
                        .setStatusMessage("Service Unavailable");
                response.headers().clear();
                response.putHeader("Content-Type", Problem.MEDIA_TYPE)
                        .putHeader("Retry-After", "5")
                        .setBody(Body.body(Buffer.buffer(ProblemMappers.json(Problem.of(503, "Service unavailable",
                                serviceName + " is not reachable; retry later", context.request().getURI())))));
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
