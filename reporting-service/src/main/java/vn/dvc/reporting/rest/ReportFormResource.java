package vn.dvc.reporting.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dvc.commons.web.LocalDates;
import vn.dvc.problem.ProblemException;
import vn.dvc.reporting.model.FormRequest;
import vn.dvc.reporting.model.FormView;
import vn.dvc.reporting.model.FormsSaved;
import vn.dvc.reporting.repository.ReportFormRepository;
import vn.dvc.reporting.rules.ReportForm;
import vn.dvc.reporting.service.ReportForms;
import vn.dvc.reporting.service.StandardForms;

@Path("/api/v1/report-forms")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports", description = "Report forms, submissions, completion and units' self-reported totals")
public class ReportFormResource {

    private final ReportForms forms;
    private final ReportFormRepository stored;

    public ReportFormResource(ReportForms forms, ReportFormRepository stored) {
        this.forms = forms;
        this.stored = stored;
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create or replace report forms",
            description = "An array of forms, checked whole: every problem listed (400 malformed, 422 unknown unit, "
                    + "nobody assigned, a code twice), nothing stored on a refusal. A form's obligations (assignees × "
                    + "period instances begun so far) follow in the same transaction and go to report-events.")
    @APIResponse(responseCode = "200", description = "Forms stored, obligations changed")
    public FormsSaved put(@NotNull @NotEmpty @Size(max = 200) List<@Valid @NotNull FormRequest> requests) {
        return forms.save(requests);
    }

    @POST
    @Path("/standard-set")
    @Operation(summary = "Create the plan's ready-made forms that do not exist yet",
            description = "GRIS II.01b, II.05a, II.06 (quarterly, every commune, due 15 days after the quarter); LRIS "
                    + "(monthly, every department); the national system's 8 and the IOC's 6 indicators (province; "
                    + "monthly, daily); district report systems (monthly); the steering report (every 2 days before "
                    + "17:00, every department and district). Existing forms are left as they are.")
    public FormsSaved standardSet(@Parameter(description = "first local day owed, yyyy-MM-dd", required = true)
                                  @QueryParam("activeFrom") String activeFrom,
                                  @Parameter(description = "day after the last one owed; none = open-ended")
                                  @QueryParam("activeTo") String activeTo) {
        List<FormRequest> standard = StandardForms.from(LocalDates.parse("activeFrom", activeFrom),
                activeTo == null ? null : LocalDates.parse("activeTo", activeTo));
        Set<String> existing = stored.byCodes(standard.stream().map(FormRequest::code).toList()).keySet();
        List<FormRequest> missing = standard.stream().filter(form -> !existing.contains(form.code())).toList();
        return missing.isEmpty() ? new FormsSaved(0, 0) : forms.save(missing);
    }

    @GET
    @Operation(summary = "Every report form")
    public List<FormView> list() {
        return stored.all().stream().map(FormView::of).toList();
    }

    @GET
    @Path("/{code: .+}")
    @Operation(summary = "One report form")
    @APIResponseSchema(value = FormView.class, responseCode = "200", responseDescription = "The form and its indicators")
    @APIResponse(responseCode = "404", description = "No such form")
    public FormView get(@PathParam("code") String code) {
        ReportForm form = stored.find(code).orElseThrow(() -> ProblemException.notFound("Report form " + code + " is not known"));
        return FormView.of(form);
    }
}
