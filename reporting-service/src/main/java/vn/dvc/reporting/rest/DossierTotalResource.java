package vn.dvc.reporting.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dvc.commons.identity.Callers;
import vn.dvc.commons.web.LocalDates;
import vn.dvc.reporting.model.DossierTotalRequest;
import vn.dvc.reporting.model.DossierTotalView;
import vn.dvc.reporting.service.DossierTotals;

@Path("/api/v1/dossier-totals")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports")
public class DossierTotalResource {

    private final DossierTotals totals;
    private final Callers callers;

    public DossierTotalResource(DossierTotals totals, Callers callers) {
        this.totals = totals;
        this.callers = callers;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A unit's own count of the dossiers it received in [from, to), paper ones included",
            description = "A later report for the same unit and period replaces the earlier (UPDATED); the same again is "
                    + "a DUPLICATE. Feeds ONLINE_DOSSIER_SHARE_REPORTED and DOSSIERS_NOT_ENTERED.")
    @APIResponse(responseCode = "202", description = "ACCEPTED, UPDATED or DUPLICATE")
    @APIResponse(responseCode = "403", description = "A unit key reporting for a unit outside its subtree")
    @APIResponse(responseCode = "422", description = "Unknown unit")
    public Response report(@NotNull @Valid DossierTotalRequest request) {
        return Response.accepted(totals.report(request, callers.current())).build();
    }

    @GET
    @Operation(summary = "Self-reported totals of a unit's subtree for periods overlapping [from, to)")
    public List<DossierTotalView> list(@Parameter(description = "unit code: its whole subtree; none = every unit") @QueryParam("unit") String unit,
                                       @Parameter(required = true) @QueryParam("from") String from,
                                       @Parameter(required = true) @QueryParam("to") String to) {
        LocalDates.Period period = LocalDates.period(from, to);
        return totals.list(unit, period.from(), period.to());
    }
}
