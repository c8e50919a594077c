package vn.dvc.dossier.rest;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dvc.access.identity.Caller;
import vn.dvc.commons.identity.Callers;
import vn.dvc.commons.identity.UnitScope;
import vn.dvc.commons.web.Csv;
import vn.dvc.dossier.imports.ImportProgress;
import vn.dvc.dossier.imports.Imports;
import vn.dvc.dossier.model.ImportView;
import vn.dvc.dossier.repository.ImportStore;
import vn.dvc.problem.Problem;
import vn.dvc.problem.ProblemException;
import vn.dvc.problem.Violation;

/**
 * History from the files provincial offices already have (docs/imports.md): a file streamed in, read in the
 * background through the kind's own intake, its progress and its refused rows read back.
 */
@Path("/api/v1/imports")
@Tag(name = "History imports", description = "CSV and XLSX files of dossier events, national portal dossiers, payments, totals, satisfaction ratings, feedback items and procedure publications")
public class ImportResource {

    private static final int RECENT = 50;

    private final Imports imports;
    private final ImportStore store;
    private final Callers callers;
    private final UnitScope tree;

    public ImportResource(Imports imports, ImportStore store, Callers callers, UnitScope tree) {
        this.imports = imports;
        this.store = store;
        this.callers = callers;
        this.tree = tree;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "startImport", summary = "Import a CSV or XLSX file of history",
            description = "The body is the file itself (XLSX, or CSV in UTF-8 separated by commas, semicolons or tabs), "
                    + "streamed: it is never held whole in memory. Its header row says which column is which field, in "
                    + "Vietnamese or English, with or without diacritics; columns of no field (names, phone numbers) are "
                    + "never read. The rows then go, in chunks, through the kind's own intake — the same rules and "
                    + "idempotency as its batch endpoint — each chunk committed with the import's place in the file, so an "
                    + "interrupted import goes on from its last committed row, and the same file twice changes nothing the "
                    + "second time. A bad row never stops the file: it is listed in the rejections.")
    @RequestBody(content = {
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "202", description = "Queued; follow it at Location",
            content = @Content(schema = @Schema(implementation = ImportView.class)))
    @APIResponse(responseCode = "400", description = "An unknown kind, or a body not matching its Content-Digest")
    @APIResponse(responseCode = "413", description = "A file over the size limit; nothing kept")
    @APIResponse(responseCode = "429", description = "The key's rate or its heavy requests are used up, or its imports not yet "
            + "ended would hold more than its byte quota with this file; nothing kept (Retry-After)")
    @APIResponse(responseCode = "507", description = "The service's disk is below its floor of free space; nothing kept")
    @APIResponse(responseCode = "422", description = "No rows, not a readable workbook, headers of no kind, or a kind's "
            + "required field with no column; nothing kept")
    public Response start(
            @Parameter(description = "dossier-events, dvcqg-dossiers, payments, dossier-totals, dossier-ratings, feedback-items or procedure-publications; when absent, told by the headers")
            @QueryParam("kind") String kind,
            @Parameter(description = "the file's name, shown in the progress") @QueryParam("name") String name,
            InputStream file) {
        ImportProgress progress = imports.start(kind, name, file);
        return Response.accepted(ImportView.of(progress, Instant.now())).location(URI.create("/api/v1/imports/" + progress.id())).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listImports", summary = "The latest 50 imports, newest first")
    @APIResponse(responseCode = "200", description = "The imports",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = ImportView.class)))
    @APIResponse(responseCode = "400", description = "An unknown status")
    public List<ImportView> recent(
            @Parameter(description = "only the imports in this status (e.g. FAILED)",
                    schema = @Schema(enumeration = {"QUEUED", "RUNNING", "DONE", "FAILED", "CANCELLED"}))
            @QueryParam("status") String status) {
        Instant now = Instant.now();
        return store.recent(RECENT, statusOf(status)).stream().filter(this::visible)
                .map(progress -> ImportView.of(progress, now)).toList();
    }

    private static ImportProgress.Status statusOf(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return ImportProgress.Status.valueOf(status);
        } catch (IllegalArgumentException unknown) {
            throw ProblemException.badRequest("status", "not one of QUEUED, RUNNING, DONE, FAILED, CANCELLED");
        }
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getImport", summary = "An import's progress: rows read, accepted, duplicate, rejected, rate and time left")
    @APIResponse(responseCode = "200", description = "The import", content = @Content(schema = @Schema(implementation = ImportView.class)))
    @APIResponse(responseCode = "404", description = "No import with this id")
    public ImportView get(@PathParam("id") String id) {
        return ImportView.of(find(id), Instant.now());
    }

    @GET
    @Path("/{id}/rejections")
    @Produces(Csv.MEDIA_TYPE)
    @Operation(operationId = "getImportRejections", summary = "An import's refused rows as CSV: row number, field and reason, in Vietnamese",
            description = "One line per reason (a row refused for two fields has two lines), in row order; the row numbers "
                    + "are the file's own (a sheet's row number, the header being row 1).")
    @APIResponse(responseCode = "200", description = "The rejections (only the header line when none)",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "403", description = "Neither the import's sender nor an ops key")
    @APIResponse(responseCode = "404", description = "No import with this id")
    public Response rejections(@PathParam("id") String id) {
        requireSenderOrOps(find(id));
        StreamingOutput csv = output -> {
            Writer writer = new OutputStreamWriter(output, StandardCharsets.UTF_8);
            writer.write(Csv.start(List.of("Dòng", "Trường", "Lý do")));
            store.forEachRejection(id, rejected -> {
                try {
                    writer.write(Csv.line(List.of(rejected.row(), rejected.field(), rejected.reason())));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            writer.flush();
        };
        return Response.ok(csv, Csv.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"tu-choi-" + id + ".csv\"").build();
    }

    @DELETE
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "cancelImport", summary = "Cancel an import not yet ended: it stops at its next chunk and its file is removed",
            description = "The rows committed before stay (they went through the intake as any request would); the import "
                    + "ends CANCELLED. Its sender's key or an ops key may cancel it.")
    @APIResponse(responseCode = "200", description = "The import, CANCELLED",
            content = @Content(schema = @Schema(implementation = ImportView.class)))
    @APIResponse(responseCode = "403", description = "Neither the import's sender nor an ops key")
    @APIResponse(responseCode = "404", description = "No import with this id")
    @APIResponse(responseCode = "409", description = "The import has already ended (done, failed or cancelled)")
    public ImportView cancel(@PathParam("id") String id) {
        ImportProgress progress = find(id);
        requireSenderOrOps(progress);
        return ImportView.of(imports.cancel(progress), Instant.now());
    }

    /** An import's rejections and its cancelling belong to the key that sent it, and to ops (a province's, of its province). */
    private void requireSenderOrOps(ImportProgress progress) {
        Caller caller = callers.current();
        if (caller.role() != null && !"ops".equals(caller.role()) && !progress.createdBy().equals(caller.keyId())) {
            throw new ProblemException(Problem.forbidden(List.of(new Violation("id",
                    "the import was sent by another key; only its sender and ops keys may read its rejections or cancel it"))));
        }
    }

    /** An import, if the caller may see it: a key held to a province sees the imports sent for its province only. */
    private ImportProgress find(String id) {
        return store.find(id).filter(this::visible).orElseThrow(() -> ProblemException.notFound("No import " + id));
    }

    private boolean visible(ImportProgress progress) {
        Caller caller = callers.current();
        return !caller.unitScoped() || progress.createdByScope() != null && tree.isWithin(progress.createdByScope(), caller.unitCode());
    }
}
