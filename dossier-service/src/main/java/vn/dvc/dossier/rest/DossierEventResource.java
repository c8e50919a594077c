package vn.dvc.dossier.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dvc.dossier.rest.dto.DossierEventRequest;
import vn.dvc.dossier.rest.dto.EventOutcome;
import vn.dvc.dossier.service.DossierIntake;

@Path("/api/v1/dossier-events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Dossier events", description = "Dossier lifecycle events pushed by the portal")
public class DossierEventResource {

    private final DossierIntake intake;

    public DossierEventResource(DossierIntake intake) {
        this.intake = intake;
    }

    @POST
    @Operation(summary = "Push one dossier event",
            description = "Idempotent on eventId: the same id again is answered DUPLICATE and changes nothing.")
    @APIResponse(responseCode = "202", description = "ACCEPTED or DUPLICATE")
    @APIResponse(responseCode = "400", description = "A field is missing or malformed; nothing stored")
    @APIResponse(responseCode = "422", description = "Unknown unit or service, implausible time, missing opening "
            + "fields; nothing stored")
    public Response push(@NotNull @Valid DossierEventRequest event) {
        EventOutcome outcome = intake.accept(event);
        return Response.accepted(outcome).build();
    }
}
