package vn.dvc.kpi.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dvc.kpi.rest.dto.IndicatorView;
import vn.dvc.problem.ProblemException;
import vn.dvc.rules.IndicatorCatalogue;

@Path("/api/v1/indicators")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Indicator catalogue", description = "What each indicator is, in Vietnamese and English, "
        + "how it is counted and the target it is held to")
public class IndicatorResource {

    @GET
    @Operation(summary = "Every indicator the suite serves, in the order figures are shown",
            description = "Each with its names, unit, direction, default target and its source, numerator and "
                    + "denominator in words, the counting rules' version and section. The dashboard, the spreadsheets "
                    + "and the bulletin name indicators from this catalogue.")
    @APIResponse(responseCode = "200", description = "The catalogue")
    public List<IndicatorView> catalogue() {
        return IndicatorCatalogue.entries().stream().map(IndicatorView::of).toList();
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "One indicator of the catalogue")
    @APIResponse(responseCode = "200", description = "The indicator")
    @APIResponse(responseCode = "404", description = "No indicator has this code")
    public IndicatorView one(@PathParam("code") String code) {
        return IndicatorCatalogue.entry(code).map(IndicatorView::of)
                .orElseThrow(() -> ProblemException.notFound("No indicator " + code));
    }
}
