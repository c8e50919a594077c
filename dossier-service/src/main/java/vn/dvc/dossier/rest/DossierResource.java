package vn.dvc.dossier.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dvc.access.identity.Caller;
import vn.dvc.commons.identity.Callers;
import vn.dvc.commons.web.LocalDates;
import vn.dvc.dossier.model.AnomalyItem;
import vn.dvc.dossier.model.DossierView;
import vn.dvc.dossier.model.Page;
import vn.dvc.dossier.model.WorklistItem;
import vn.dvc.dossier.repository.UnitRepository;
import vn.dvc.dossier.service.DossierQueries;
import vn.dvc.problem.ProblemException;
import vn.dvc.rules.time.PortalTime;

@Path("/api/v1/dossiers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Dossiers", description = "Dossier state under counting rules v1, officers' worklists and anomalies")
public class DossierResource {

    private static final Duration LONGEST_WINDOW = Duration.ofDays(31);

    private final DossierQueries queries;
    private final UnitRepository units;
    private final Callers callers;

    public DossierResource(DossierQueries queries, UnitRepository units, Callers callers) {
        this.queries = queries;
        this.units = units;
        this.callers = callers;
    }

    @GET
    @Path("/near-due")
    @Operation(summary = "Open dossiers due soon that have no apology letter yet",
            description = "The plan requires the apology letter at least a day before the due time: this list is "
                    + "what a unit must act on now. Dossiers waiting for the citizen's supplement (clock stopped) are "
                    + "left out. Earliest due first.")
    public Page<WorklistItem> nearDue(
            @Parameter(description = "unit code: the unit and its whole subtree; none = every unit") @QueryParam("unit") String unit,
            @Parameter(description = "ISO-8601 duration from now, at most P31D") @QueryParam("within") @DefaultValue("PT24H") String within,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        return queries.nearDue(unit, windowOf(within), page, size);
    }

    @GET
    @Path("/overdue")
    @Operation(summary = "Open dossiers past their due time in force, most overdue first")
    public Page<WorklistItem> overdue(
            @Parameter(description = "unit code: the unit and its whole subtree; none = every unit") @QueryParam("unit") String unit,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        return queries.overdue(unit, page, size);
    }

    @GET
    @Path("/anomalies")
    @Operation(summary = "Flagged events in a period [from, to) of local days",
            description = "Handling after the resolution, extension without a reason, apology less than a day before "
                    + "the due time or without a new time, supplements requested more than once, events for a "
                    + "dossier that was never received.")
    public Page<AnomalyItem> anomalies(
            @Parameter(description = "unit code: the unit and its whole subtree; none = every unit") @QueryParam("unit") String unit,
            @Parameter(description = "first local day, yyyy-MM-dd") @QueryParam("from") String from,
            @Parameter(description = "day after the last, yyyy-MM-dd") @QueryParam("to") String to,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        Instant start = from == null ? null : LocalDates.parse("from", from).atStartOfDay(PortalTime.LOCAL_ZONE).toInstant();
        Instant end = to == null ? null : LocalDates.parse("to", to).atStartOfDay(PortalTime.LOCAL_ZONE).toInstant();
        if (start != null && end != null && !end.isAfter(start)) {
            throw ProblemException.badRequest("to", "must be after from");
        }
        return queries.anomalies(unit, start, end, page, size);
    }

    @GET
    @Path("/{id: .+}")
    @Operation(summary = "One dossier: its state under counting rules v1 and its events in event-time order")
    @APIResponseSchema(value = DossierView.class, responseCode = "200", responseDescription = "The dossier's state under counting rules v1 and its events")
    @APIResponse(responseCode = "404", description = "No event of this dossier was ever accepted")
    public DossierView get(@PathParam("id") String dossierId) {
        Caller caller = callers.current();
        // a unit key sees only its subtree's dossiers; another unit's answers as an unknown one (its id tells nothing)
        return queries.find(dossierId)
                .filter(dossier -> !caller.unitScoped() || units.isWithin(dossier.unitCode(), caller.unitCode()))
                .orElseThrow(() -> ProblemException.notFound("Dossier " + dossierId + " is not known"));
    }

    private static Duration windowOf(String within) {
        try {
            Duration window = Duration.parse(within);
            if (window.isNegative() || window.isZero() || window.compareTo(LONGEST_WINDOW) > 0) {
                throw ProblemException.badRequest("within", "must be a positive duration of at most P31D");
            }
            return window;
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest("within", "'" + within + "' is not an ISO-8601 duration such as PT24H or P2D");
        }
    }
}
