package vn.dvc.kpi.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
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
import vn.dvc.commons.catalog.UnitCopy;
import vn.dvc.commons.identity.Callers;
import vn.dvc.commons.web.QueryEnums;
import vn.dvc.contracts.catalog.Tier;
import vn.dvc.kpi.model.CampaignProgress;
import vn.dvc.kpi.model.CampaignRequest;
import vn.dvc.kpi.model.CampaignView;
import vn.dvc.kpi.service.Campaigns;
import vn.dvc.problem.ProblemException;

@Path("/api/v1/campaigns")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Campaigns", description = "Campaign periods, targets and each unit's progress towards them")
public class CampaignResource {

    private final Campaigns campaigns;
    private final Callers callers;
    private final UnitCopy units;

    public CampaignResource(Campaigns campaigns, Callers callers, UnitCopy units) {
        this.campaigns = campaigns;
        this.callers = callers;
        this.units = units;
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create or replace a campaign: its period [from, to), targets, and units' own targets",
            description = "The plan's campaign KH-170-2022 (2022-06-01 → 2022-09-01; uptake 80, online share 50, "
                    + "digitisation 100, online reporting 50, on time 100) exists from the start.")
    @APIResponseSchema(value = CampaignView.class, responseCode = "200", responseDescription = "The campaign as stored")
    @APIResponse(responseCode = "403", description = "A key held to a province changing another province's or a national "
            + "campaign, or naming a unit outside its province")
    @APIResponse(responseCode = "422", description = "An unknown indicator code or unit")
    public CampaignView put(@PathParam("id") @Pattern(regexp = "[A-Za-z0-9._-]{1,50}") String id,
                            @NotNull @Valid CampaignRequest campaign) {
        return campaigns.put(id, campaign, callers.current());
    }

    @GET
    @Operation(summary = "Every campaign, the latest first",
            description = "A unit key sees the units' own targets of its subtree only.")
    public List<CampaignView> all() {
        return campaigns.all().stream().map(this::asTheCallerMaySee).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One campaign", description = "A unit key sees the units' own targets of its subtree only.")
    @APIResponseSchema(value = CampaignView.class, responseCode = "200", responseDescription = "The campaign")
    @APIResponse(responseCode = "404", description = "No such campaign")
    public CampaignView get(@PathParam("id") String id) {
        return asTheCallerMaySee(campaigns.find(id).orElseThrow(() -> ProblemException.notFound("Campaign " + id + " is not known")));
    }

    /** A unit caller reads nothing of units outside its subtree: another unit's own target is left out. */
    private CampaignView asTheCallerMaySee(CampaignView campaign) {
        Caller caller = callers.current();
        if (!caller.unitScoped()) {
            return campaign;
        }
        return new CampaignView(campaign.id(), campaign.name(), campaign.from(), campaign.to(), campaign.targets(),
                campaign.unitTargets().stream().filter(target -> units.isWithin(target.unit(), caller.unitCode())).toList(),
                campaign.targetRules());
    }

    @GET
    @Path("/{id}/progress")
    @Operation(summary = "Each unit of a tier against the campaign's targets, as of today",
            description = "Per unit and targeted indicator: the figure over the campaign so far, the target (a unit's "
                    + "own when it has one), met, the numerator per day still needed to reach the target by the end, "
                    + "and the percent the end would show at the last seven days' pace.")
    @APIResponseSchema(value = CampaignProgress.class, responseCode = "200", responseDescription = "Each unit against its target")
    @APIResponse(responseCode = "404", description = "No such campaign or unit")
    public CampaignProgress progress(@PathParam("id") String id,
                                     @Parameter(description = "PROVINCE, DEPARTMENT, DISTRICT or COMMUNE") @QueryParam("tier") String tier,
                                     @Parameter(description = "unit code: only units of its subtree") @QueryParam("within") String within) {
        Tier chosen = QueryEnums.parse("tier", tier, Tier.class);
        if (chosen == null) {
            throw ProblemException.badRequest("tier", "is required: PROVINCE, DEPARTMENT, DISTRICT or COMMUNE");
        }
        return campaigns.progress(id, chosen, within);
    }
}
