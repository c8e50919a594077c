package vn.dvc.reporting.rest;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dvc.commons.identity.Callers;
import vn.dvc.commons.web.JsonItems;
import vn.dvc.problem.ProblemException;
import vn.dvc.reporting.model.SubmissionOutcome;
import vn.dvc.reporting.model.SubmissionRequest;
import vn.dvc.reporting.service.Submissions;

@Path("/api/v1/report-submissions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports")
public class ReportSubmissionResource {

    static final int MAX_BATCH = 1_000;

    private final Submissions submissions;
    private final Callers callers;

    public ReportSubmissionResource(Submissions submissions, Callers callers) {
        this.submissions = submissions;
        this.callers = callers;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit one report",
            description = "A unit key submits for its own subtree only (403 otherwise). Idempotent on (form, indicator, unit, period): the same again is a DUPLICATE; another time or "
                    + "channel is a correction that replaces the earlier (UPDATED). 422 for an unknown form or indicator, a "
                    + "unit the form is not assigned to, or a period the form does not have (or that has not begun).")
    @RequestBody(content = @Content(schema = @Schema(implementation = SubmissionRequest.class)))
    @APIResponse(responseCode = "202", description = "ACCEPTED, UPDATED or DUPLICATE, with the deadline and whether it was met",
            content = @Content(schema = @Schema(implementation = SubmissionOutcome.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or malformed; nothing stored")
    @APIResponse(responseCode = "422", description = "Not a report anybody owes; nothing stored")
    public Response submit(@NotNull JsonNode submission) {
        SubmissionOutcome outcome = submissions.accept(List.of(submission), false, callers.current()).get(0);
        if (outcome.outcome() == SubmissionOutcome.Outcome.REJECTED) {
            throw new ProblemException(outcome.problem());
        }
        return Response.accepted(outcome).build();
    }

    @POST
    @Path("/batch")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit up to 1,000 reports",
            description = "One transaction; an outcome per submission in request order, with its index. A rejected one "
                    + "changes nothing; the others count.")
    @RequestBody(content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = SubmissionRequest.class)))
    @APIResponse(responseCode = "202", description = "One outcome per submission",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = SubmissionOutcome.class)))
    @APIResponse(responseCode = "413", description = "More than 1,000 submissions; nothing stored")
    public Response submitBatch(@NotNull JsonNode submissions) {
        return Response.accepted(this.submissions.accept(JsonItems.batch(submissions, MAX_BATCH, "submissions"), true,
                callers.current())).build();
    }
}
