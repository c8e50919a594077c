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
import java.net.URI;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;
import vn.dvc.gateway.config.GatewayConfig;
import vn.dvc.gateway.security.IdentityHeader;
import vn.dvc.problem.Problem;
import vn.dvc.problem.ProblemMappers;
import vn.dvc.problem.web.RequestIds;

/**
 * One streaming reverse proxy ({@code vertx-http-proxy}) per back service. Bodies stream through without being
 * buffered; the correlation id goes to the service and back to the caller; a service that cannot be reached is
 * answered with a 503 problem instead of the proxy's bare 502. An idempotent request (a read, a PUT or DELETE, one
 * with an Idempotency-Key) that an instance answers with a bare 503 — it is stopping — or whose connection breaks is
 * sent once more, to another instance: a rolling restart refuses nobody.
 */
@ApplicationScoped
public class ServiceProxies {

    private static final Logger LOG = Logger.getLogger(ServiceProxies.class);
    private static final String REQUEST_ID_KEY = "requestId";
    /** Hop-by-hop headers and those the body sent anew decides: never copied between the two connections. */
    private static final String TRACE_PARENT = "traceparent";
    private static final String TRACE_STATE = "tracestate";
    /** Hop-by-hop headers, and the caller's trace context: the gateway's own client span carries the trace on. */
    private static final Set<String> IDEMPOTENT_METHODS = Set.of("GET", "HEAD", "OPTIONS", "PUT", "DELETE");
    private static final Set<String> NOT_FORWARDED = Set.of("host", "content-length", "transfer-encoding", "connection",
            "keep-alive", "expect", "upgrade", "te", "trailer", "proxy-connection", TRACE_PARENT, TRACE_STATE);

    private final Map<String, HttpProxy> proxies = new HashMap<>();
    /** How each request in flight is signed again before it goes to another instance. */
    private final Map<HttpServerRequest, Runnable> signers = Collections.synchronizedMap(new WeakHashMap<>());
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

    /** @param signNow signs the request anew (its identity header), for a second attempt */
    public void signAgainWith(HttpServerRequest request, Runnable signNow) {
        signers.put(request, signNow);
    }

    public Optional<HttpProxy> of(String serviceName) {
        return Optional.ofNullable(proxies.get(serviceName));
    }

    /**
     * Sends a request whose body is already read (and digested), and reads the whole answer: every request with a
     * body, and the answers the gateway keeps.
     */
    public Future<Answer> send(String serviceName, HttpServerRequest request, Buffer body) {
        AtomicReference<URI> answering = new AtomicReference<>();
        Future<Answer> once = attempt(serviceName, request, body, answering);
        if (!idempotent(request)) {
            return once;
        }
        return once.compose(answer -> stopping(answer.status(), answer.contentType()) ? again(serviceName, request, body, answering.get())
                        : Future.succeededFuture(answer),
                broken -> answering.get() == null ? Future.failedFuture(broken) : again(serviceName, request, body, answering.get()));
    }

    /** Once more, to another instance than the one that answered 503 or broke the connection. */
    private Future<Answer> again(String serviceName, HttpServerRequest request, Buffer body, URI stopping) {
        instances.get(serviceName).rest(stopping);
        Optional.ofNullable(signers.get(request)).ifPresent(Runnable::run);
        return attempt(serviceName, request, body, new AtomicReference<>());
    }

    /** @param answering set to the instance that took the connection */
    private Future<Answer> attempt(String serviceName, HttpServerRequest request, Buffer body, AtomicReference<URI> answering) {
        RequestOptions options = optionsFor(request);
        return instances.get(serviceName).connect(url -> client.request(options.setHost(url.getHost()).setPort(url.getPort()))
                        .onSuccess(connected -> answering.set(url)))
                .compose(outgoing -> outgoing.send(body)).compose(ServiceProxies::answer);
    }

    /**
     * A 503 that is not one of the services' own problems ("not yet", "behind", "busy", which another instance would
     * answer alike): the server's answer while it stops.
     */
    static boolean stopping(int status, String contentType) {
        return status == 503 && (contentType == null || !contentType.startsWith(Problem.MEDIA_TYPE));
    }

    /** Sent again on another instance when one answers 503 or breaks the connection: nothing happens twice. */
    static boolean idempotent(HttpServerRequest request) {
        return IDEMPOTENT_METHODS.contains(request.method().name()) || request.getHeader(IdempotentRequests.HEADER) != null;
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
        Map<HttpServerRequest, URI> answering = Collections.synchronizedMap(new WeakHashMap<>());
        HttpProxy proxy = HttpProxy.reverseProxy(client).originRequestProvider((request, httpClient) ->
                origins.connect(url -> httpClient.request(originOptions(url)).onSuccess(connected -> answering.put(request, url))));
        proxy.addInterceptor(new CorrelationAndAvailability(name, origins, answering));
        return proxy;
    }

    private RequestOptions originOptions(URI url) {
        return new RequestOptions().setServer(SocketAddress.inetSocketAddress(url.getPort(), url.getHost()))
                .setConnectTimeout(config.connectTimeout().toMillis()).setIdleTimeout(config.requestTimeout().toMillis());
    }

    /**
     * Adds the correlation id both ways; sends a request without a body (a read, a DELETE) once more to another
     * instance when the first answers 503 or breaks the connection; turns an unreachable service into a 503 problem.
     */
    private final class CorrelationAndAvailability implements ProxyInterceptor {

        private final String serviceName;
        private final ServiceInstances origins;
        private final Map<HttpServerRequest, URI> answering;

        CorrelationAndAvailability(String serviceName, ServiceInstances origins, Map<HttpServerRequest, URI> answering) {
            this.serviceName = serviceName;
            this.origins = origins;
            this.answering = answering;
        }

        @Override
        public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
            String requestId = context.request().headers().get(RequestIds.HEADER);
            context.set(REQUEST_ID_KEY, requestId);
            // the caller's trace context is the gateway's parent, not the service's: the client span puts its own
            context.request().headers().remove(TRACE_PARENT).remove(TRACE_STATE);
            HttpServerRequest proxied = context.request().proxiedRequest();
            return context.sendRequest().compose(response -> {
                URI instance = answering.remove(proxied);
                if (!stopping(response.getStatusCode(), response.headers().get("Content-Type")) || instance == null) {
                    return Future.succeededFuture(response);
                }
                response.release();
                return again(context, instance);
            }, broken -> {
                URI instance = answering.remove(proxied);
                return instance == null ? Future.failedFuture(broken) : again(context, instance);
            }).recover(failure -> {
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

        private Future<ProxyResponse> again(ProxyContext context, URI stopping) {
            origins.rest(stopping);
            HttpServerRequest proxied = context.request().proxiedRequest();
            Optional.ofNullable(signers.get(proxied)).ifPresent(signNow -> {
                signNow.run();
                context.request().headers().set(IdentityHeader.NAME, proxied.getHeader(IdentityHeader.NAME));
            });
            return origins.connect(url -> client.request(originOptions(url))).compose(outgoing -> context.request().send(outgoing));
        }

        @Override
        public Future<Void> handleProxyResponse(ProxyContext context) {
            context.response().headers().set(RequestIds.HEADER, context.get(REQUEST_ID_KEY, String.class));
            return context.sendResponse();
        }
    }
}
