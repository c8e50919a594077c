package vn.dvc.reporting.rest;

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
import vn.dvc.commons.web.QueryEnums;
import vn.dvc.problem.ProblemException;
import vn.dvc.reporting.model.CompletionReport;
import vn.dvc.reporting.rules.ReportSystem;
import vn.dvc.reporting.service.Completion;

@Path("/api/v1/reports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports")
public class ReportCompletionResource {

    private final Completion completion;

    public ReportCompletionResource(Completion completion) {
        this.completion = completion;
    }

    @GET
    @Path("/completion")
    @Operation(summary = "Reports expected, submitted, on time and online, and the missing ones",
            description = "DHIS2's reporting rate (counting rules v1, \"Reports\"): expected = assigned units × period "
                    + "instances — named by period (2022-Q1, 2022-06, 2022-06-01), or whose deadline falls in [from, to) "
                    + "local days. In all and form by form, with the missing reports (unit, indicator) to chase.")
    public CompletionReport completion(
            @Parameter(description = "GRIS, LRIS, NATIONAL, IOC, DISTRICT or STEERING") @QueryParam("system") String system,
            @Parameter(description = "one form's code") @QueryParam("form") String form,
            @Parameter(description = "unit code: its whole subtree") @QueryParam("unit") String unit,
            @Parameter(description = "a period instance: 2022-Q1, 2022-06 or 2022-06-01") @QueryParam("period") String period,
            @Parameter(description = "first local day of the deadlines counted") @QueryParam("from") String from,
            @Parameter(description = "day after the last") @QueryParam("to") String to,
            @Parameter(description = "missing reports listed at most") @QueryParam("missingLimit") @DefaultValue("500") @Min(0) @Max(10_000) int missingLimit) {
        String systemName = system == null ? null : QueryEnums.parse("system", system, ReportSystem.class).name();
        if (period != null && (from != null || to != null)) {
            throw ProblemException.badRequest("period", "give period, or from and to, not both");
        }
        if (period != null) {
            return completion.of(systemName, form, unit, period.trim(), null, null, missingLimit);
        }
        if (from == null && to == null) {
            throw ProblemException.badRequest("period", "give period, or from and to");
        }
        LocalDates.Period days = LocalDates.period(from, to);
        return completion.of(systemName, form, unit, null, days.from(), days.to(), missingLimit);
    }
}
