package vn.dvc.gateway.proxy;

import io.vertx.ext.web.RoutingContext;
import java.util.Map;
import vn.dvc.problem.Problem;
import vn.dvc.problem.ProblemMappers;

/** The gateway's own answers on its Vert.x routes, in the one problem shape every service answers with. */
public final class ProblemAnswers {

    private ProblemAnswers() {
    }

    public static void send(RoutingContext routing, Problem problem, Map<String, String> headers) {
        routing.response().setStatusCode(problem.status()).putHeader("Content-Type", Problem.MEDIA_TYPE);
        headers.forEach(routing.response()::putHeader);
        if (problem.status() == 503 && !headers.containsKey("Retry-After")) {
            routing.response().putHeader("Retry-After", "5");
        }
        routing.response().end(ProblemMappers.json(problem.instance() == null
                ? problem.withInstance(routing.request().path()) : problem));
    }

    public static void send(RoutingContext routing, int status, String title, String detail) {
        send(routing, Problem.of(status, title, detail, routing.request().path()), Map.of());
    }
}
