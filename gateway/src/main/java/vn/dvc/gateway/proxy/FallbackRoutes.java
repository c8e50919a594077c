package vn.dvc.gateway.proxy;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * What no route answers is a 404 problem, and a failure inside the gateway a 500 problem: the gateway, like every
 * service, answers errors as {@code application/problem+json} and shows nothing internal.
 */
@ApplicationScoped
public class FallbackRoutes {

    private static final Logger LOG = Logger.getLogger(FallbackRoutes.class);

    void register(@Observes Router router) {
        router.route().last().handler(this::notFound);
        router.route().failureHandler(this::failed);
    }

    private void notFound(RoutingContext routing) {
        ProblemAnswers.send(routing, 404, "Not found", "No resource at " + routing.request().path());
    }

    private void failed(RoutingContext routing) {
        if (routing.response().headWritten()) {
            routing.response().close();
            return;
        }
        int status = routing.statusCode() >= 400 && routing.statusCode() < 500 ? routing.statusCode() : 500;
        if (status == 500) {
            LOG.errorf(routing.failure(), "Gateway failure on %s", routing.request().path());
            ProblemAnswers.send(routing, 500, "Internal error", "The gateway failed to handle the request");
        } else {
            ProblemAnswers.send(routing, status, "Request refused", "The request cannot be handled");
        }
    }
}
