package vn.dvc.kpi.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dvc.access.identity.Caller;
import vn.dvc.commons.identity.Callers;
import vn.dvc.commons.web.LocalDates;
import vn.dvc.kpi.model.FlaggedReceipts;
import vn.dvc.kpi.model.OnlineOnlyReport;
import vn.dvc.kpi.model.OnlineOnlyRequest;
import vn.dvc.kpi.model.OnlineOnlyView;
import vn.dvc.kpi.pilot.PilotCompliance;
import vn.dvc.kpi.service.Campaigns;
import vn.dvc.kpi.store.OnlineOnlyPilots;
import vn.dvc.problem.Problem;
import vn.dvc.problem.ProblemException;
import vn.dvc.problem.Violation;

@Path("/api/v1/campaigns/{id}/online-only")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Campaigns", description = "Campaign periods, targets and each unit's progress towards them")
public class OnlineOnlyResource {

    private final OnlineOnlyPilots pilots;
    private final PilotCompliance compliance;
    private final Campaigns campaigns;
    private final Callers callers;

    public OnlineOnlyResource(OnlineOnlyPilots pilots, PilotCompliance compliance, Campaigns campaigns, Callers callers) {
        this.callers = callers;
        this.pilots = pilots;
        this.compliance = compliance;
        this.campaigns = campaigns;
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create or replace the campaign's online-only pilot",
            description = "From a local day, the services named may be received online only by the units named and every "
                    + "unit below them (plan IV.4). A receipt through another channel there is flagged "
                    + "OFFLINE_RECEIPT_IN_ONLINE_ONLY_PILOT and counts against ONLINE_ONLY_COMPLIANCE.")
    @APIResponseSchema(value = OnlineOnlyView.class, responseCode = "200", responseDescription = "The pilot as stored")
    @APIResponse(responseCode = "404", description = "No such campaign")
    @APIResponse(responseCode = "422", description = "A service not in the catalogue or an unknown unit, each named; nothing stored")
    public OnlineOnlyView putOnlineOnlyPilot(@PathParam("id") String id, @NotNull @Valid OnlineOnlyRequest request) {
        Caller caller = callers.current();
        campaigns.requireWritable(id, caller);
        List<Violation> outside = campaigns.outsideOf(caller, "units", request.units());
        if (!outside.isEmpty()) {
            throw new ProblemException(Problem.forbidden(outside));
        }
        return pilots.put(id, request);
    }

    @GET
    @Operation(summary = "ONLINE_ONLY_COMPLIANCE: the pilot's receipts online ÷ all, over a scope and period, and per receiving unit",
            description = "Receipts of the pilot's services by units inside its units, from its first day. Target 100 %. "
                    + "The period is the campaign's when from and to are absent.")
    @APIResponseSchema(value = OnlineOnlyReport.class, responseCode = "200", responseDescription = "The figure, with numerator and denominator")
    @APIResponse(responseCode = "404", description = "No such campaign, pilot or unit")
    public OnlineOnlyReport onlineOnlyCompliance(@PathParam("id") String id,
                                   @Parameter(description = "unit code: its subtree only") @QueryParam("unit") String unit,
                                   @Parameter(description = "first local day; the campaign's when absent") @QueryParam("from") String from,
                                   @Parameter(description = "day after the last; the campaign's end when absent") @QueryParam("to") String to) {
        LocalDates.Period period = campaigns.periodOf(id, from, to);
        return compliance.report(id, unit, period.from(), period.to());
    }

    @GET
    @Path("/dossiers")
    @Operation(summary = "The pilot's receipts through another channel than online (anomaly OFFLINE_RECEIPT_IN_ONLINE_ONLY_PILOT), the latest first",
            description = "Dossier ids, unit, service, channel and day only: no personal data.")
    @APIResponseSchema(value = FlaggedReceipts.class, responseCode = "200", responseDescription = "A page of flagged receipts")
    @APIResponse(responseCode = "404", description = "No such campaign, pilot or unit")
    public FlaggedReceipts onlineOnlyFlagged(@PathParam("id") String id,
                                   @Parameter(description = "unit code: its subtree only") @QueryParam("unit") String unit,
                                   @Parameter(description = "first local day; the campaign's when absent") @QueryParam("from") String from,
                                   @Parameter(description = "day after the last; the campaign's end when absent") @QueryParam("to") String to,
                                   @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                   @QueryParam("size") @DefaultValue("100") @Min(1) @Max(1000) int size) {
        LocalDates.Period period = campaigns.periodOf(id, from, to);
        return compliance.flagged(id, unit, period.from(), period.to(), page, size);
    }
}
