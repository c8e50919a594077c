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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dvc.commons.web.LocalDates;
import vn.dvc.kpi.model.NationalScore;
import vn.dvc.kpi.model.ScoreComparison;
import vn.dvc.kpi.model.ScoreReport;
import vn.dvc.kpi.model.WhatIfReport;
import vn.dvc.kpi.scores.NationalComparison;
import vn.dvc.kpi.scores.Scores766;

@Path("/api/v1/scores/766")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Decision 766 score", description = "The province's estimated points in the national index, and the cheapest way up")
public class ScoreResource {

    private final Scores766 scores;
    private final NationalComparison national;

    public ScoreResource(Scores766 scores, NationalComparison national) {
        this.scores = scores;
        this.national = national;
    }

    @GET
    @Operation(summary = "Estimated Decision 766 points per part for a unit's subtree over [from, to)",
            description = "The parts the suite measures (dossiers synchronised, resolution progress, fully online "
                    + "dossiers, online payment, e-results, digitised inputs, re-use, the data store, resident data, "
                    + "procedure satisfaction, feedback on time and its satisfaction) with numerator, denominator, rate "
                    + "and points; the others (publication, e-certified copies, procedures linked to resident data) "
                    + "listed as not measured, each part naming the data it lacks (missing). A part with nothing to "
                    + "measure scores as the table says. The table is data with a version, a reconstruction of the "
                    + "national portal's scoring (docs/counting-rules.md, \"Decision 766 score\").")
    public ScoreReport score(@Parameter(description = "unit code; its whole subtree counts; the whole tree when absent") @QueryParam("unit") String unit,
                             @Parameter(description = "first local day") @NotNull @QueryParam("from") String from,
                             @Parameter(description = "day after the last") @NotNull @QueryParam("to") String to,
                             @Parameter(description = "the scoring table's version: 766-r1 (default) or 766-r1-linear") @QueryParam("version") String version) {
        return scores.score(unit, LocalDates.parse("from", from), LocalDates.parse("to", to), version);
    }

    @GET
    @Path("/what-if")
    @Operation(summary = "How many more on-time resolutions, fully online dossiers, online payments, e-results, "
            + "digitised inputs, entered dossiers, satisfying resolutions or feedback items handled in time would gain how "
            + "many points, and the cheapest path to `points` more",
            description = "A resolution, fully online dossier, e-result or digitised input is a new dossier on both "
                    + "sides of its rate; an online payment or an entered dossier turns one already counted.")
    public WhatIfReport whatIf(@Parameter(description = "unit code; its whole subtree counts; the whole tree when absent") @QueryParam("unit") String unit,
                               @Parameter(description = "first local day") @NotNull @QueryParam("from") String from,
                               @Parameter(description = "day after the last") @NotNull @QueryParam("to") String to,
                               @Parameter(description = "the scoring table's version") @QueryParam("version") String version,
                               @Parameter(description = "points wanted more") @QueryParam("points") @DefaultValue("5") @Min(1) @Max(50) int points) {
        return scores.whatIf(unit, LocalDates.parse("from", from), LocalDates.parse("to", to), version, points);
    }

    @PUT
    @Path("/national")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Keep the national portal's published Decision 766 evaluation of a unit over [from, to)",
            description = "The body is the portal's evaluation answer as it publishes it (metrics[{code, name, numerator, "
                    + "denominator, ratio, score, maxScore}]; other fields are accepted and not kept). It replaces what was "
                    + "put for the unit and period before. A metric is matched to a part by the portal's code "
                    + "(PUBLISH_ON_TIME, DOSSIER_SYNC, DOSSIER_RECEIVING_SATISFACTION …) or, where the portal gives none, "
                    + "the part's own code (RESOLUTION_PROGRESS, FULLY_ONLINE_DOSSIERS, ONLINE_PAYMENT).")
    @APIResponse(responseCode = "200", description = "The metrics kept",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = NationalScore.Metric.class)))
    @APIResponse(responseCode = "422", description = "A metric's code is no part of the table")
    public List<NationalScore.Metric> putNational(@Parameter(description = "unit code", required = true) @NotNull @QueryParam("unit") String unit,
                                                  @Parameter(description = "first local day") @NotNull @QueryParam("from") String from,
                                                  @Parameter(description = "day after the last") @NotNull @QueryParam("to") String to,
                                                  @NotNull @Valid NationalScore answer) {
        return national.put(unit, LocalDates.parse("from", from), LocalDates.parse("to", to), answer);
    }

    @GET
    @Path("/compare")
    @Operation(summary = "The suite's estimate beside the national portal's evaluation, part by part",
            description = "Each part with both sides' numerator, denominator, rate and points, the difference in points, "
                    + "and where both counted, which side of the rate differs and by how much (NUMERATOR: the same "
                    + "dossiers scored otherwise; DENOMINATOR: other dossiers counted). Until an evaluation was put for "
                    + "the unit and period, evaluated is false and no part has a national side.")
    @APIResponse(responseCode = "200", description = "The comparison",
            content = @Content(schema = @Schema(implementation = ScoreComparison.class)))
    public ScoreComparison compare(@Parameter(description = "unit code", required = true) @NotNull @QueryParam("unit") String unit,
                                   @Parameter(description = "first local day") @NotNull @QueryParam("from") String from,
                                   @Parameter(description = "day after the last") @NotNull @QueryParam("to") String to,
                                   @Parameter(description = "the scoring table's version") @QueryParam("version") String version) {
        return national.compare(unit, LocalDates.parse("from", from), LocalDates.parse("to", to), version);
    }
}
