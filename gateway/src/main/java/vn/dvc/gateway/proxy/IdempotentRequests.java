package vn.dvc.gateway.proxy;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;
import vn.dvc.gateway.security.ApiKey;

/**
 * {@code Idempotency-Key} on the POSTs that have no natural id (IETF httpapi-idempotency-key-header): the first
 * request with a key is forwarded and its answer kept for a day; the same key with the same request (method, path,
 * query, body) returns the kept answer, with another request 422, while the first is still in flight 409. A first
 * attempt that got no answer (the service unreachable, or a 5xx) frees the key for a retry.
 */
@ApplicationScoped
public class IdempotentRequests {

    public static final String HEADER = "Idempotency-Key";
    private static final Logger LOG = Logger.getLogger(IdempotentRequests.class);
    private static final Pattern SAFE_KEY = Pattern.compile("[\\x21-\\x7e]{1,255}");

    private final IdempotencyStore store;
    private final ServiceProxies proxies;
    private final Vertx vertx;

    public IdempotentRequests(IdempotencyStore store, ServiceProxies proxies, Vertx vertx) {
        this.store = store;
        this.proxies = proxies;
        this.vertx = vertx;
    }

    /** Handles a request whose body the gateway has read. */
    public void handle(RoutingContext routing, ApiKey caller, String service, Buffer body, String requestId) {
        String key = routing.request().getHeader(HEADER);
        if (!SAFE_KEY.matcher(key).matches()) {
            ProblemAnswers.send(routing, 400, "Invalid request", HEADER + " must be 1 to 255 visible ASCII characters");
            return;
        }
        String fingerprint = fingerprint(routing, body);
        vertx.executeBlocking(() -> store.claim(caller.id(), key, fingerprint, Instant.now()), false)
                .compose(stored -> stored.isPresent() ? replay(routing, stored.get(), fingerprint)
                        : forward(routing, caller, service, key, body, requestId))
                .onFailure(failure -> {
                    LOG.warnf("[%s] idempotent request failed: %s", requestId, failure.getMessage());
                    if (!routing.response().ended()) {
                        ProblemAnswers.send(routing, 503, "Service unavailable",
                                "The request could not be handled now; retry later with the same " + HEADER);
                    }
                });
    }

    private Future<Void> replay(RoutingContext routing, IdempotencyStore.Stored stored, String fingerprint) {
        if (!stored.fingerprint().equals(fingerprint)) {
            ProblemAnswers.send(routing, 422, "Unprocessable request", "This " + HEADER + " was used for another request");
        } else if (stored.status() == null) {
            ProblemAnswers.send(routing, 409, "Conflict", "The first request with this " + HEADER + " is still being handled");
        } else {
            routing.response().putHeader("Idempotent-Replayed", "true");
            answer(routing, stored.status(), stored.contentType(), Buffer.buffer(stored.body()).toString(StandardCharsets.UTF_8));
        }
        return Future.succeededFuture();
    }

    private Future<Void> forward(RoutingContext routing, ApiKey caller, String service, String key, Buffer body, String requestId) {
        return proxies.send(service, routing.request(), body).compose(answer -> {
            boolean keep = answer.status() < 500;
            return vertx.executeBlocking(() -> {
                if (keep) {
                    store.complete(caller.id(), key, answer.status(), answer.contentType(), answer.body().getBytes());
                } else {
                    store.release(caller.id(), key);
                }
                return null;
            }, false).map(done -> {
                ServiceProxies.relay(routing, answer);
                return null;
            });
        }, unreachable -> vertx.executeBlocking(() -> {
            store.release(caller.id(), key);
            return null;
        }, false).compose(released -> {
            ProblemAnswers.send(routing, 503, "Service unavailable", service + " is not reachable; retry later");
            return Future.<Void>succeededFuture();
        }));
    }

    private static void answer(RoutingContext routing, int status, String contentType, String body) {
        routing.response().setStatusCode(status);
        if (contentType != null) {
            routing.response().putHeader("Content-Type", contentType);
        }
        routing.response().end(body);
    }

    private static String fingerprint(RoutingContext routing, Buffer body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((routing.request().method().name() + " " + routing.request().uri() + "\n").getBytes(StandardCharsets.UTF_8));
            digest.update(body.getBytes());
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
