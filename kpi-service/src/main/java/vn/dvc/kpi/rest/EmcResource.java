package vn.dvc.kpi.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
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
import vn.dvc.commons.web.LocalDates;
import vn.dvc.kpi.emc.EmcPusher;
import vn.dvc.kpi.emc.PushSchedule;
import vn.dvc.kpi.model.EmcPage;
import vn.dvc.kpi.model.EmcPushView;
import vn.dvc.kpi.model.EmcScorePage;
import vn.dvc.kpi.scores.ScorePull;
import vn.dvc.kpi.service.IndicatorViews;
import vn.dvc.kpi.store.EmcPushStore;

@Path("/api/v1/emc")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Ministry pull", description = "Indicators for the ministry's measurement system (EMC)")
public class EmcResource {

    private final IndicatorViews views;
    private final EmcPusher pusher;
    private final EmcPushStore pushes;
    private final ScorePull scores;

    public EmcResource(IndicatorViews views, EmcPusher pusher, EmcPushStore pushes, ScorePull scores) {
        this.views = views;
        this.pusher = pusher;
        this.pushes = pushes;
        this.scores = scores;
    }

    @GET
    @Path("/indicators")
    @Operation(summary = "Every unit × every indicator for a period [from, to), flat, a page of units at a time",
            description = "Units in tree order; each row carries numerator, denominator, percent (or value), target, "
                    + "met and rulesVersion.")
    public EmcPage indicators(@Parameter(description = "unit code: only its subtree; none = every unit") @QueryParam("unit") String unit,
                              @Parameter(description = "first local day") @QueryParam("from") String from,
                              @Parameter(description = "day after the last") @QueryParam("to") String to,
                              @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                              @Parameter(description = "units per page") @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return views.emc(unit, LocalDates.parse("from", from), LocalDates.parse("to", to), page, size);
    }

    @GET
    @Path("/scores/766")
    @Operation(summary = "Every unit × every part of the estimated Decision 766 score for a period [from, to), flat, a page of units at a time",
            description = "The same parts, rates and points as GET /scores/766 for each unit (docs/counting-rules.md, "
                    + "\"Decision 766 score\"), with the national portal's code of each part where it has one.")
    public EmcScorePage scores766(@Parameter(description = "unit code: only its subtree; none = every unit") @QueryParam("unit") String unit,
                                  @Parameter(description = "first local day") @QueryParam("from") String from,
                                  @Parameter(description = "day after the last") @QueryParam("to") String to,
                                  @Parameter(description = "the scoring table's version: 766-r1 (default) or 766-r1-linear") @QueryParam("version") String version,
                                  @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                  @Parameter(description = "units per page") @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return scores.page(unit, LocalDates.parse("from", from), LocalDates.parse("to", to), version, page, size);
    }

    @GET
    @Path("/pushes")
    @Operation(summary = "The deliveries to the measurement system, newest first: attempts, status and the receiver's answer",
            description = "One delivery per (unit, period, slot), sent with Idempotency-Key dvc-emc:<unit>:<from>:<to>:<slot> "
                    + "until a 2xx answer; refused ones wait exponentially (with jitter) and are given up (FAILED) a day "
                    + "after they were queued (docs/emc-push.md).")
    public List<EmcPushView> pushes(@Parameter(description = "QUEUED, DELIVERED or FAILED") @QueryParam("status") @Pattern(regexp = "QUEUED|DELIVERED|FAILED") String status,
                                    @Parameter(description = "one unit's deliveries") @QueryParam("unit") String unit,
                                    @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                    @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        return pushes.list(status, unit, page, size);
    }

    @POST
    @Path("/pushes")
    @Operation(summary = "Push now: queue each unit's indicators for the period given (or the configured periods) as a slot of its own",
            description = "The deliveries go out as the scheduled ones do. 422 when no receiver is configured.")
    @APIResponse(responseCode = "202", description = "queued")
    public Response pushNow(@Parameter(description = "unit code: only its subtree; none = every unit") @QueryParam("unit") String unit,
                            @Parameter(description = "first local day; with to, instead of the configured periods") @QueryParam("from") String from,
                            @Parameter(description = "day after the last") @QueryParam("to") String to) {
        List<PushSchedule.Period> periods = List.of();
        if (from != null || to != null) {
            LocalDates.Period period = LocalDates.period(from, to);
            periods = List.of(new PushSchedule.Period(period.from(), period.to()));
        }
        return Response.accepted(pusher.pushNow(unit, periods)).build();
    }
}
