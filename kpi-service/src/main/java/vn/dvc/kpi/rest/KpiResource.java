package vn.dvc.kpi.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dvc.commons.web.LocalDates;
import vn.dvc.commons.web.QueryEnums;
import vn.dvc.contracts.catalog.Tier;
import vn.dvc.kpi.model.KpiReport;
import vn.dvc.kpi.model.Ranking;
import vn.dvc.kpi.model.ReconciliationReport;
import vn.dvc.kpi.model.Series;
import vn.dvc.kpi.model.UnusedOfferings;
import vn.dvc.kpi.service.AppliedProgress;
import vn.dvc.kpi.service.HotFigures;
import vn.dvc.kpi.service.IndicatorViews;
import vn.dvc.kpi.service.Indicators;
import vn.dvc.kpi.store.Reconciliation;
import vn.dvc.problem.ProblemException;
import vn.dvc.rules.IndicatorValue;
import vn.dvc.rules.RulesVersion;

@Path("/api/v1/kpis")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Indicators", description = "The campaign's indicators for a scope and period, with numerator and denominator")
public class KpiResource {

    private final Indicators indicators;
    private final Reconciliation reconciliation;
    private final IndicatorViews views;
    private final HotFigures hotFigures;
    private final AppliedProgress appliedProgress;

    public KpiResource(Indicators indicators, Reconciliation reconciliation, IndicatorViews views, HotFigures hotFigures,
                       AppliedProgress appliedProgress) {
        this.appliedProgress = appliedProgress;
        this.hotFigures = hotFigures;
        this.indicators = indicators;
        this.reconciliation = reconciliation;
        this.views = views;
    }

    @GET
    @Operation(summary = "Every indicator for a unit's subtree (or the whole tree) and a period [from, to) in local days")
    @APIResponse(responseCode = "200", description = "The indicators, each with numerator, denominator, percent, target")
    @APIResponse(responseCode = "400", description = "A missing or malformed date, or to not after from")
    @APIResponse(responseCode = "404", description = "Unknown unit")
    public KpiReport kpis(@Parameter(description = "unit code; its whole subtree counts") @QueryParam("unit") String unit,
                          @Parameter(description = "PROVINCE, DEPARTMENT, DISTRICT or COMMUNE: only the units of that tier") @QueryParam("tier") String tier,
                          @Parameter(description = "first local day, e.g. 2022-06-01") @NotNull @QueryParam("from") String from,
                          @Parameter(description = "day after the last, e.g. 2022-09-01") @NotNull @QueryParam("to") String to,
                          @Parameter(description = "only these indicator codes (repeat it), e.g. ONLINE_DOSSIER_SHARE; every indicator when absent")
                          @QueryParam("indicator") List<String> only) {
        LocalDate firstDay = LocalDates.parse("from", from);
        LocalDate dayAfter = LocalDates.parse("to", to);
        Tier chosen = QueryEnums.parse("tier", tier, Tier.class);
        List<String> codes = only == null ? List.of() : List.copyOf(only);
        HotFigures.Answer<List<IndicatorValue>> answer = hotFigures.get(new KpiQuery(unit, chosen, firstDay, dayAfter, codes),
                () -> indicators.of(unit, chosen, firstDay, dayAfter, codes));
        return new KpiReport(unit, chosen, firstDay, dayAfter, RulesVersion.CURRENT, answer.value(), answer.asOf(),
                appliedProgress.now());
    }

    @GET
    @Path("/unused-offerings")
    @Operation(summary = "Level-3/4 offerings in scope with no dossier in [from, to): the lever for indicator 1",
            description = "Scope as ONLINE_SERVICE_UPTAKE counts it (counting rules v1, \"Uptake scope\"); by tier then "
                    + "service code; total = offered − used.")
    public UnusedOfferings unusedOfferings(
            @Parameter(description = "unit code; its whole subtree counts") @QueryParam("unit") String unit,
            @Parameter(description = "first local day") @QueryParam("from") String from,
            @Parameter(description = "day after the last") @QueryParam("to") String to,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("100") @Min(1) @Max(1000) int size) {
        return indicators.unusedOfferings(unit, LocalDates.parse("from", from), LocalDates.parse("to", to), page, size);
    }

    @POST
    @Path("/reconcile")
    @Operation(summary = "Recompute a period's summary rows from the raw facts and report every difference",
            description = "Compares the units' own daily rows, the offering-use rows and every subtree's day, month and "
                    + "year rows wholly inside [from, to) with what the dossiers' and payments' latest states give "
                    + "under counting rules v1. Reads only: there should be no difference.")
    @APIResponseSchema(value = ReconciliationReport.class, responseCode = "200", responseDescription = "Every difference found (none expected)")
    @APIResponse(responseCode = "404", description = "Unknown unit")
    public ReconciliationReport reconcile(
            @Parameter(description = "unit code: limit to its subtree; none = everything") @QueryParam("unit") String unit,
            @Parameter(description = "first local day") @QueryParam("from") String from,
            @Parameter(description = "day after the last") @QueryParam("to") String to) {
        return reconciliation.reconcile(unit, LocalDates.parse("from", from), LocalDates.parse("to", to));
    }

    @GET
    @Path("/ranking")
    @Operation(summary = "The units of a tier ordered by one indicator, best first",
            description = "Equal figures share a rank; units with nothing to measure come last. within= limits the "
                    + "units to a subtree (the communes of one district, say).")
    public Ranking ranking(@Parameter(description = "indicator code, e.g. ONLINE_DOSSIER_SHARE") @QueryParam("indicator") String indicator,
                           @Parameter(description = "PROVINCE, DEPARTMENT, DISTRICT or COMMUNE") @QueryParam("tier") String tier,
                           @Parameter(description = "unit code: only units of its subtree") @QueryParam("within") String within,
                           @QueryParam("from") String from, @QueryParam("to") String to) {
        Tier chosen = QueryEnums.parse("tier", tier, Tier.class);
        if (chosen == null) {
            throw ProblemException.badRequest("tier", "is required: PROVINCE, DEPARTMENT, DISTRICT or COMMUNE");
        }
        return views.ranking(required("indicator", indicator), chosen, within, LocalDates.parse("from", from),
                LocalDates.parse("to", to));
    }

    @GET
    @Path("/series")
    @Operation(summary = "One indicator step by step (day, week from Monday, or month) over a period",
            description = "At most 400 steps; the first and last steps are cut to [from, to).")
    public Series series(@QueryParam("indicator") String indicator,
                         @Parameter(description = "unit code; none = the whole tree") @QueryParam("unit") String unit,
                         @QueryParam("from") String from, @QueryParam("to") String to,
                         @QueryParam("step") @DefaultValue("day") String step) {
        return views.series(required("indicator", indicator), unit, LocalDates.parse("from", from),
                LocalDates.parse("to", to), step);
    }

    private static String required(String parameter, String value) {
        if (value == null || value.isBlank()) {
            throw ProblemException.badRequest(parameter, "is required");
        }
        return value;
    }

    /** What one {@code GET /kpis} asks: the key of its figures in memory. */
    private record KpiQuery(String unit, Tier tier, LocalDate from, LocalDate to, List<String> codes) {
    }
}
