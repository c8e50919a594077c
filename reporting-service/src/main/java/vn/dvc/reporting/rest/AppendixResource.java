package vn.dvc.reporting.rest;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dvc.commons.web.LocalDates;
import vn.dvc.commons.web.QueryEnums;
import vn.dvc.contracts.catalog.Tier;
import vn.dvc.problem.ProblemException;
import vn.dvc.reporting.model.AppendixView;
import vn.dvc.reporting.service.Appendices;
import vn.dvc.reporting.sheet.Table;
import vn.dvc.reporting.sheet.TableResponses.Format;
import vn.dvc.reporting.sheet.TableResponses;
import vn.dvc.reporting.sheet.Workbooks;
import vn.dvc.rules.RulesVersion;

@Path("/api/v1/appendices")
@Tag(name = "Bulletins and appendices", description = "The steering bulletin every 2 days and the plan's appendix tables")
public class AppendixResource {

    private final Appendices appendices;

    public AppendixResource(Appendices appendices) {
        this.appendices = appendices;
    }

    @GET
    @Path("/{number}")
    @Produces({MediaType.APPLICATION_JSON, "text/csv", Workbooks.MEDIA_TYPE})
    @Operation(summary = "One of the plan's appendix tables (Phụ lục 1–6) for [from, to)",
            description = "1 online-service uptake, 2 online dossier share with units' own totals, 4 dossier resolution "
                    + "(by unit, the whole province first); 3 report systems (by form); 5 online payments (by unit and "
                    + "field); 6 the campaign's tasks as they stood at the period's end (a line per task: assignees done, "
                    + "done late, open, overdue, and the units overdue). format=json, csv (UTF-8 with BOM) or xlsx (numeric cells, percentages formatted, frozen "
                    + "header). A peer service that does not answer gives a 503 problem, never a half-filled table.")
    @APIResponse(responseCode = "200", description = "The table: JSON, CSV or the workbook", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AppendixView.class)),
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = Workbooks.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "400", description = "A missing or malformed from, to, tier or format")
    @APIResponse(responseCode = "404", description = "No appendix of that number")
    @APIResponse(responseCode = "503", description = "kpi-service or payment-service is unavailable; retry later")
    public Response appendix(@Parameter(description = "1 to 6") @PathParam("number") String number,
                             @Parameter(description = "first local day", required = true) @QueryParam("from") String from,
                             @Parameter(description = "day after the last", required = true) @QueryParam("to") String to,
                             @Parameter(description = "unit code: its subtree only; none = the whole province") @QueryParam("unit") String unit,
                             @Parameter(description = "only units of this tier (appendices 1, 2, 4)") @QueryParam("tier") String tier,
                             @Parameter(description = "json, csv or xlsx") @QueryParam("format") @DefaultValue("json") String format) {
        int appendix = appendixNumber(number);
        LocalDates.Period period = LocalDates.period(from, to);
        Format chosen = QueryEnums.parse("format", format, Format.class);
        Table table = appendices.appendix(appendix, unit, period.from(), period.to(), QueryEnums.parse("tier", tier, Tier.class));
        return TableResponses.of(table, AppendixView.of(appendix, period.from(), period.to(), RulesVersion.CURRENT, table),
                chosen, "phu-luc-" + appendix + "-" + period.from() + "-" + period.to());
    }

    private static int appendixNumber(String number) {
        if (!number.matches("[1-6]")) {
            throw ProblemException.notFound("There are appendices 1 to 6; no appendix " + number);
        }
        return Integer.parseInt(number);
    }
}
