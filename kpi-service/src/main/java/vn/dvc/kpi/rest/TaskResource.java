package vn.dvc.kpi.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dvc.commons.identity.Callers;
import vn.dvc.commons.web.QueryEnums;
import vn.dvc.kpi.model.TaskBoard;
import vn.dvc.kpi.model.TaskListRequest;
import vn.dvc.kpi.model.TaskReportOutcome;
import vn.dvc.kpi.model.TaskReportRequest;
import vn.dvc.kpi.service.Campaigns;
import vn.dvc.kpi.tasks.CampaignTasks;
import vn.dvc.kpi.tasks.TaskBoards;
import vn.dvc.kpi.tasks.TaskReports;
import vn.dvc.problem.ProblemException;
import vn.dvc.rules.TaskStatus;
import vn.dvc.rules.time.PortalTime;

@Path("/api/v1/campaigns/{id}/tasks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Campaigns", description = "Campaign periods, targets and each unit's progress towards them")
public class TaskResource {

    private final CampaignTasks tasks;
    private final TaskBoards boards;
    private final TaskReports reports;
    private final Callers callers;
    private final Campaigns campaigns;

    public TaskResource(CampaignTasks tasks, TaskBoards boards, TaskReports reports, Callers callers, Campaigns campaigns) {
        this.campaigns = campaigns;
        this.tasks = tasks;
        this.boards = boards;
        this.reports = reports;
        this.callers = callers;
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a campaign's tasks",
            description = "Each task: a code, a Vietnamese title, a lead (units by code, every administrative body of a "
                    + "tier, every unit of a kind, units by name; each unit selected owes the task on its own), "
                    + "cooperating units, a deadline (DATE: by the end of the day; DATE_TIME; ONGOING from a day; "
                    + "RECURRING every P2D, P1W, P1M… from a day until before another, at a time) in local time "
                    + "(Asia/Ho_Chi_Minh), and whether completion needs a document. Reports on tasks whose code stays "
                    + "are kept. KH-170-2022 comes with the plan's own tasks.")
    @APIResponse(responseCode = "200", description = "The campaign's tasks and where each assignee stands now")
    @APIResponse(responseCode = "403", description = "A key held to a province changing another province's or a national campaign")
    @APIResponse(responseCode = "404", description = "No such campaign")
    @APIResponse(responseCode = "422", description = "An unknown unit, tier, kind or name, a lead selecting nobody, a "
            + "malformed deadline or a code listed twice, each named; nothing stored")
    public TaskBoard putTasks(@PathParam("id") String id, @NotNull @Valid TaskListRequest request) {
        campaigns.requireWritable(id, callers.current());
        tasks.put(id, request);
        return boards.board(id, null, null, Instant.now());
    }

    @GET
    @Operation(summary = "Every assignee's obligation on every task, with its status at a moment, and counts per task and per unit",
            description = "DONE (done by the due time, to the second), DONE_LATE, OPEN (not yet due, or ongoing) or "
                    + "OVERDUE. A recurring task owes one obligation per occurrence due so far, and the next. Units "
                    + "most behind first.")
    @APIResponseSchema(value = TaskBoard.class, responseCode = "200", responseDescription = "The tasks at that moment")
    @APIResponse(responseCode = "404", description = "No such campaign or unit")
    public TaskBoard tasks(@PathParam("id") String id,
                           @Parameter(description = "unit code: only assignees of its subtree") @QueryParam("unit") String unit,
                           @Parameter(description = "done, done_late, open or overdue: only those obligations listed (counts stay whole)")
                           @QueryParam("status") String status,
                           @Parameter(description = "the moment, ISO-8601 with an offset, e.g. 2022-06-07T00:01:00+07:00; now when absent")
                           @QueryParam("at") String at) {
        Instant moment = at == null ? Instant.now() : PortalTime.parse(at).orElseThrow(() -> ProblemException.badRequest("at",
                "'" + at + "' is not a time with an offset, e.g. 2022-06-07T00:01:00+07:00"));
        return boards.board(id, unit, QueryEnums.parse("status", status, TaskStatus.class), moment);
    }

    @POST
    @Path("/{code}/reports")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "An assignee reports progress on a task, or that it is done",
            description = "A unit key reports for its own unit (the default) or one below it, and only on a task that "
                    + "unit owes (403 otherwise). The latest report of an occurrence replaces the earlier: UPDATED, "
                    + "counted as a correction; the same again is a DUPLICATE. Done by its reportedAt: on time when that "
                    + "is not after the due time. A task that needs evidence is done only with the document's number "
                    + "and date.")
    @APIResponseSchema(value = TaskReportOutcome.class, responseCode = "200", responseDescription = "ACCEPTED, UPDATED or DUPLICATE, and the obligation now")
    @APIResponse(responseCode = "400", description = "A malformed field, named")
    @APIResponse(responseCode = "403", description = "A unit key reporting for a unit outside its subtree, or on a task its unit does not owe")
    @APIResponse(responseCode = "404", description = "No such campaign or task")
    @APIResponse(responseCode = "422", description = "Not an assignee (ops), an occurrence the task does not have, a report from the future, missing evidence")
    public TaskReportOutcome reportOnTask(@PathParam("id") String id, @PathParam("code") String code,
                                    @NotNull @Valid TaskReportRequest request) {
        return reports.accept(id, code, request, callers.current());
    }
}
