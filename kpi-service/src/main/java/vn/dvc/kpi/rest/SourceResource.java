package vn.dvc.kpi.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dvc.commons.web.LocalDates;
import vn.dvc.kpi.model.FreshnessReport;
import vn.dvc.kpi.model.QualityReport;
import vn.dvc.kpi.sources.Freshness;
import vn.dvc.kpi.sources.Quality;
import vn.dvc.rules.time.PortalTime;

@Path("/api/v1/sources")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sources", description = "Whether each unit's data still arrives and looks right, before a figure rests on it")
public class SourceResource {

    private final Freshness freshness;
    private final Quality quality;

    public SourceResource(Freshness freshness, Quality quality) {
        this.freshness = freshness;
        this.quality = quality;
    }

    @GET
    @Path("/freshness")
    @Operation(summary = "Each unit's latest event, its events per working day over the last 7 and 30 days against its "
            + "usual, and whether it has gone quiet",
            description = "Events are counted by their own local day, per unit and per API key that sent them. A unit "
                    + "usually sends when the median of its events per working day over the 20 working days up to its "
                    + "latest event is above zero; it is quiet when it usually sends and has sent nothing for the given "
                    + "number of whole working days (weekends and the configured official holidays not counted; today "
                    + "is not over). Quiet units first.")
    public FreshnessReport freshness(
            @Parameter(description = "unit code: it and every unit below it; every unit when absent") @QueryParam("unit") String unit,
            @Parameter(description = "whole working days without an event that make a unit quiet; the configured "
                    + "kpi.sources.quiet-after-working-days (2) when absent") @QueryParam("within") @Min(1) @Max(60) Integer within,
            @Parameter(description = "the local day to judge on, e.g. 2022-06-14; today when absent") @QueryParam("at") String at) {
        LocalDate day = at == null ? LocalDate.now(PortalTime.LOCAL_ZONE) : LocalDates.parse("at", at);
        return freshness.of(unit, day, within);
    }

    @GET
    @Path("/quality")
    @Operation(summary = "Data-quality flags over a period of at most 93 days, each with the numbers that raised it",
            description = "The checks DHIS2 and the WHO data-quality review run: a working day's receipts far from the "
                    + "unit's usual (modified z-score beyond ±3.5 over the period and the 28 days before), a "
                    + "self-reported total below the portal's count, resolutions without receipts, dossiers resolved "
                    + "before they were received, and a share (online dossiers, digitised inputs, on-time resolutions) "
                    + "moving more than 30 points from one week to the next (weeks of at least 10 dossiers).")
    public QualityReport quality(
            @Parameter(description = "unit code: it and every unit below it, each on its own figures; every unit when absent") @QueryParam("unit") String unit,
            @Parameter(description = "first local day") @NotNull @QueryParam("from") String from,
            @Parameter(description = "day after the last") @NotNull @QueryParam("to") String to) {
        return quality.of(unit, LocalDates.parse("from", from), LocalDates.parse("to", to));
    }
}
