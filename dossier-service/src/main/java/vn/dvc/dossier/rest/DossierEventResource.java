package vn.dvc.dossier.rest;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dvc.commons.web.JsonItems;
import vn.dvc.dossier.model.DossierEventRequest;
import vn.dvc.dossier.model.EventOutcome;
import vn.dvc.dossier.service.DossierIntake;
import vn.dvc.problem.ProblemException;

/**
 * The portal's push. Bodies are read as JSON trees and each event converted on its own, so that one malformed
 * event of a batch is rejected with a problem naming its field while the others still count.
 */
@Path("/api/v1/dossier-events")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Dossier events", description = "Dossier lifecycle events pushed by the portal")
public class DossierEventResource {

    static final int MAX_BATCH = 1_000;

    private final DossierIntake intake;

    public DossierEventResource(DossierIntake intake) {
        this.intake = intake;
    }

    @POST
    @Operation(summary = "Push one dossier event",
            description = "Idempotent on eventId: the same id again is answered DUPLICATE and changes nothing. A "
                    + "refused event is answered with a problem (400 malformed, 422 implausible or unknown "
                    + "references) and nothing is stored.")
    @RequestBody(content = @Content(schema = @Schema(implementation = DossierEventRequest.class)))
    @APIResponse(responseCode = "202", description = "ACCEPTED or DUPLICATE",
            content = @Content(schema = @Schema(implementation = EventOutcome.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or malformed; nothing stored")
    @APIResponse(responseCode = "422", description = "Unknown unit or service, implausible time or due time, "
            + "missing opening fields; nothing stored")
    public Response push(@NotNull JsonNode event) {
        EventOutcome outcome = intake.accept(List.of(event), false).get(0);
        if (outcome.outcome() == EventOutcome.Outcome.REJECTED) {
            throw new ProblemException(outcome.problem());
        }
        return Response.accepted(outcome).build();
    }

    @POST
    @Path("/batch")
    @Operation(summary = "Push up to 1,000 dossier events",
            description = "Each event gets its own outcome, in request order, with its index: ACCEPTED, DUPLICATE "
                    + "(its eventId was taken before, or earlier in this batch) or REJECTED with a problem naming "
                    + "the field. A rejected event changes nothing; the others still count, in one transaction.")
    @RequestBody(content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = DossierEventRequest.class)))
    @APIResponse(responseCode = "202", description = "One outcome per event",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = EventOutcome.class)))
    @APIResponse(responseCode = "400", description = "The body is not a JSON array of events, or is empty")
    @APIResponse(responseCode = "413", description = "More than 1,000 events or a body over 4 MB; nothing stored")
    public Response pushBatch(@NotNull JsonNode events) {
        List<JsonNode> items = JsonItems.batch(events, MAX_BATCH, "events");
        return Response.accepted(intake.accept(items, true)).build();
    }
}
