package vn.dvc.kpi.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dvc.commons.web.LocalDates;
import vn.dvc.kpi.model.ScoreReport;
import vn.dvc.kpi.model.WhatIfReport;
import vn.dvc.kpi.scores.Scores766;

@Path("/api/v1/scores/766")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Decision 766 score", description = "The province's estimated points in the national index, and the cheapest way up")
public class ScoreResource {

    private final Scores766 scores;

    public ScoreResource(Scores766 scores) {
        this.scores = scores;
    }

    @GET
    @Operation(summary = "Estimated Decision 766 points per part for a unit's subtree over [from, to)",
            description = "The parts the suite measures (dossiers synchronised, resolution progress, fully online "
                    + "dossiers, online payment, e-results, digitised inputs) with numerator, denominator, rate and "
                    + "points; the others (publication, satisfaction, feedback, re-use …) listed as not measured. The "
                    + "table is data with a version, a reconstruction of the national portal's scoring "
                    + "(docs/counting-rules.md, \"Decision 766 score\").")
    public ScoreReport score(@Parameter(description = "unit code; its whole subtree counts; the whole tree when absent") @QueryParam("unit") String unit,
                             @Parameter(description = "first local day") @NotNull @QueryParam("from") String from,
                             @Parameter(description = "day after the last") @NotNull @QueryParam("to") String to,
                             @Parameter(description = "the scoring table's version: 766-r1 (default) or 766-r1-linear") @QueryParam("version") String version) {
        return scores.score(unit, LocalDates.parse("from", from), LocalDates.parse("to", to), version);
    }

    @GET
    @Path("/what-if")
    @Operation(summary = "How many more on-time resolutions, fully online dossiers, online payments, e-results, "
            + "digitised inputs or entered dossiers would gain how many points, and the cheapest path to `points` more",
            description = "A resolution, fully online dossier, e-result or digitised input is a new dossier on both "
                    + "sides of its rate; an online payment or an entered dossier turns one already counted.")
    public WhatIfReport whatIf(@Parameter(description = "unit code; its whole subtree counts; the whole tree when absent") @QueryParam("unit") String unit,
                               @Parameter(description = "first local day") @NotNull @QueryParam("from") String from,
                               @Parameter(description = "day after the last") @NotNull @QueryParam("to") String to,
                               @Parameter(description = "the scoring table's version") @QueryParam("version") String version,
                               @Parameter(description = "points wanted more") @QueryParam("points") @DefaultValue("5") @Min(1) @Max(50) int points) {
        return scores.whatIf(unit, LocalDates.parse("from", from), LocalDates.parse("to", to), version, points);
    }
}
