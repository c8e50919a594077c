package vn.dvc.reporting.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dvc.commons.catalog.UnitCopy;
import vn.dvc.commons.web.LocalTime;
import vn.dvc.commons.web.QueryEnums;
import vn.dvc.problem.ProblemException;
import vn.dvc.reporting.config.BulletinConfig;
import vn.dvc.reporting.document.BulletinDocument;
import vn.dvc.reporting.document.PdfConverter;
import vn.dvc.reporting.model.BulletinScheduleView;
import vn.dvc.reporting.model.BulletinSummary;
import vn.dvc.reporting.model.BulletinView;
import vn.dvc.reporting.rules.BulletinSchedule;
import vn.dvc.reporting.service.BulletinScheduler;
import vn.dvc.reporting.service.BulletinSheets;
import vn.dvc.reporting.service.Bulletins;
import vn.dvc.reporting.sheet.TableResponses;
import vn.dvc.reporting.sheet.Workbooks;

@Path("/api/v1/bulletins")
@Tag(name = "Bulletins and appendices")
public class BulletinResource {

    private final Bulletins bulletins;
    private final BulletinScheduler scheduler;
    private final BulletinConfig config;
    private final Clock clock;
    private final UnitCopy units;
    private final BulletinDocument document;
    private final PdfConverter pdf;
    private static final String PDF_TYPE = "application/pdf";

    public BulletinResource(Bulletins bulletins, BulletinScheduler scheduler, BulletinConfig config, Clock clock,
                            UnitCopy units, BulletinDocument document, PdfConverter pdf) {
        this.document = document;
        this.pdf = pdf;
        this.units = units;
        this.bulletins = bulletins;
        this.scheduler = scheduler;
        this.config = config;
        this.clock = clock;
    }

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Make a bulletin now",
            description = "Per department and per district: each campaign indicator against its target, the change "
                    + "since the previous bulletin, the rank in the tier, open overdue and near-due dossiers, reports past "
                    + "their deadline and not submitted. Made whole from kpi-, dossier- and reporting-service's figures, or "
                    + "not at all (503 when a peer does not answer).")
    @APIResponseSchema(value = BulletinView.class, responseCode = "201", responseDescription = "The bulletin, kept")
    @APIResponse(responseCode = "422", description = "province is not a province (a known unit without a parent)")
    @APIResponse(responseCode = "503", description = "A peer service is unavailable; nothing kept")
    public Response make(@Parameter(description = "the province (a root unit) it covers; none: the configured one "
            + "(reporting.bulletin.province), else the whole tree") @QueryParam("province") String province) {
        BulletinView made = bulletins.make(Optional.empty(), Optional.ofNullable(province).map(this::knownProvince));
        return Response.created(URI.create("/api/v1/bulletins/" + made.id())).entity(made).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The newest bulletins, newest first")
    @APIResponse(responseCode = "200", description = "Their summaries, newest first")
    @APIResponse(responseCode = "400", description = "limit is outside 1–500")
    public List<BulletinSummary> recent(@QueryParam("limit") @DefaultValue("20") @Min(1) @Max(500) int limit) {
        return bulletins.recent(limit);
    }

    @GET
    @Path("/latest")
    @Produces({MediaType.APPLICATION_JSON, Workbooks.MEDIA_TYPE, BulletinDocument.MEDIA_TYPE, PDF_TYPE})
    @Operation(summary = "The latest bulletin, as JSON, an XLSX workbook (format=xlsx) or the committee's Word document (format=docx; format=pdf where LibreOffice is on the host)")
    @APIResponse(responseCode = "200", description = "The bulletin: JSON, the workbook with format=xlsx, the document with format=docx or pdf",
            content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BulletinView.class)),
            @Content(mediaType = Workbooks.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = BulletinDocument.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = PDF_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "400", description = "format is not json, xlsx, docx or pdf")
    @APIResponse(responseCode = "422", description = "province is not a province, or format=pdf on a host without LibreOffice")
    @APIResponse(responseCode = "404", description = "No bulletin has been made yet")
    public Response latest(@Parameter(description = "json, xlsx, docx or pdf") @QueryParam("format") @DefaultValue("json") String format,
                           @Parameter(description = "the latest of this province's bulletins; none: the latest of any")
                           @QueryParam("province") String province) {
        Optional<BulletinView> latest = province == null ? bulletins.latest() : bulletins.latest(Optional.of(knownProvince(province)));
        return answer(latest.orElseThrow(() -> ProblemException.notFound("No bulletin has been made yet")), format);
    }

    private String knownProvince(String code) {
        if (!units.isRoot(code)) {
            throw ProblemException.unprocessable("province", "unit " + code + " is not a province (a known unit without a parent)");
        }
        return code;
    }

    @GET
    @Path("/schedule")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "When bulletins are made (local time, every N days) and the newest slot made")
    public BulletinScheduleView schedule() {
        BulletinSchedule schedule = scheduler.schedule();
        Instant now = clock.instant();
        return new BulletinScheduleView(config.scheduled(), config.at().toString(), config.everyDays(),
                schedule.latestSlot(now).map(LocalTime::of).orElse(null), LocalTime.of(schedule.nextSlot(now)),
                bulletins.lastScheduledSlot().map(LocalTime::of).orElse(null));
    }

    @GET
    @Path("/{id}")
    @Produces({MediaType.APPLICATION_JSON, Workbooks.MEDIA_TYPE, BulletinDocument.MEDIA_TYPE, PDF_TYPE})
    @Operation(summary = "One bulletin, as JSON, an XLSX workbook (format=xlsx) or the committee's Word document (format=docx; format=pdf where LibreOffice is on the host)")
    @APIResponse(responseCode = "200", description = "The bulletin: JSON, the workbook with format=xlsx, the document with format=docx or pdf",
            content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BulletinView.class)),
            @Content(mediaType = Workbooks.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = BulletinDocument.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = PDF_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "400", description = "format is not json, xlsx, docx or pdf")
    @APIResponse(responseCode = "422", description = "format=pdf on a host without LibreOffice")
    @APIResponse(responseCode = "404", description = "No such bulletin")
    public Response byId(@PathParam("id") String id,
                         @Parameter(description = "json, xlsx, docx or pdf") @QueryParam("format") @DefaultValue("json") String format) {
        if (!id.matches("\\d{1,18}")) {
            throw ProblemException.notFound("No bulletin " + id);
        }
        return answer(bulletins.byId(Long.parseLong(id)).orElseThrow(() -> ProblemException.notFound("No bulletin " + id)), format);
    }

    private Response answer(BulletinView bulletin, String format) {
        return switch (QueryEnums.parse("format", format, BulletinFormat.class)) {
            case XLSX -> TableResponses.workbook(BulletinSheets.of(bulletin), "ban-tin-" + bulletin.id());
            case DOCX -> TableResponses.file(document.of(bulletin), BulletinDocument.MEDIA_TYPE, "ban-tin-" + bulletin.id() + ".docx");
            case PDF -> TableResponses.file(pdf.pdfOf(document.of(bulletin), "ban-tin-" + bulletin.id()), PDF_TYPE,
                    "ban-tin-" + bulletin.id() + ".pdf");
            case JSON -> Response.ok(bulletin, MediaType.APPLICATION_JSON).build();
        };
    }

    enum BulletinFormat {
        JSON, XLSX, DOCX, PDF
    }
}
