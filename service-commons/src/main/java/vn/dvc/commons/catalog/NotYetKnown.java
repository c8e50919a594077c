package vn.dvc.commons.catalog;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.dvc.commons.consistency.AppliedPositions;
import vn.dvc.commons.consistency.LogEnds;
import vn.dvc.commons.consistency.Positions;
import vn.dvc.contracts.Topic;
import vn.dvc.problem.Problem;
import vn.dvc.problem.ProblemMappers;

/**
 * "Not yet" is not "not found": a unit unknown here while the catalogue's log holds records this service has not
 * applied may be one of them — answered 503 with Retry-After, saying so. A unit unknown with nothing left to apply
 * is unknown: its 404 or 422 as thrown.
 */
public class NotYetKnown {

    private static final String RETRY_AFTER_SECONDS = "1";

    private final AppliedPositions applied;
    private final LogEnds ends;
    private final UnitCopy units;

    public NotYetKnown(AppliedPositions applied, LogEnds ends, UnitCopy units) {
        this.applied = applied;
        this.ends = ends;
        this.units = units;
    }

    @ServerExceptionMapper
    public Response unknown(UnknownUnit unknown, UriInfo uri) {
        String path = "/" + uri.getPath().replaceFirst("^/", "");
        long unapplied = unappliedCatalogueRecords();
        // applied since the read looked: known now, so a retry finds it
        boolean appliedSince = unapplied == 0 && units.pathOf(unknown.unitCode()).isPresent();
        if (unapplied == 0 && !appliedSince) {
            return ProblemMappers.answer(unknown.problem().withInstance(path));
        }
        Problem notYet = Problem.of(503, "Not yet applied", "Unit " + unknown.unitCode() + " is not known here yet: "
                + (appliedSince ? "it has just been applied" : unapplied + " catalogue changes are still being applied")
                + "; retry after the Retry-After header's seconds", path);
        return Response.fromResponse(ProblemMappers.answer(notYet)).header("Retry-After", RETRY_AFTER_SECONDS).build();
    }

    private long unappliedCatalogueRecords() {
        String topic = Topic.CATALOG_EVENTS.name();
        if (!applied.consumedTopics().contains(topic)) {
            return 0;
        }
        Optional<Positions> end = ends.of(topic);
        return end.map(positions -> positions.behind(applied.applied()).values().stream().mapToLong(Long::longValue).sum())
                .orElse(0L);
    }
}
