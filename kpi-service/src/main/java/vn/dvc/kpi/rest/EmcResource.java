package vn.dvc.kpi.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import vn.dvc.kpi.service.IndicatorViews;

@Path("/api/v1/emc")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Ministry pull", description = "Indicators for the ministry's measurement system (EMC)")
public class EmcResource {

    private final IndicatorViews views;

    public EmcResource(IndicatorViews views) {
        this.views = views;
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
}
