package vn.dvc.dossier.imports;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * This service takes files of up to a gigabyte at {@code /api/v1/imports}, so its HTTP limit is that large; every
 * other request keeps the suite's body limit ({@code dossier.max-json-body}): one announcing more is refused at
 * once (413), before its body is read.
 */
@ApplicationScoped
public class JsonBodyLimit {

    private static final List<String> UPLOAD_PATHS = List.of("/api/v1/imports");

    private final long limit;

    public JsonBodyLimit(@ConfigProperty(name = "dossier.max-json-body") MemorySize limit) {
        this.limit = limit.asLongValue();
    }

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 10).handler(this::refuseLargeBodies);
    }

    private void refuseLargeBodies(RoutingContext routing) {
        String length = routing.request().getHeader("Content-Length");
        if (length != null && !UPLOAD_PATHS.contains(routing.request().path()) && over(length)) {
            // the body is never read, and the connection goes with the answer; an answer without a body, as Quarkus' own
            // limit gives it: a client waiting for 100-continue (Java's HttpClient) takes only that one as final
            routing.response().setStatusCode(413).putHeader("Connection", "close");
            routing.response().endHandler(sent -> routing.request().connection().close());
            routing.response().end();
            return;
        }
        routing.next();
    }

    private boolean over(String length) {
        try {
            return Long.parseLong(length.trim()) > limit;
        } catch (NumberFormatException malformed) {
            return true;
        }
    }
}
