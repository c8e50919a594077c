package vn.dvc.dossier.rest;

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
import vn.dvc.commons.web.JsonItems;
import vn.dvc.dossier.model.ItemOutcome;
import vn.dvc.dossier.publication.PublicationIntake;

/** Procedure publications, for the Decision 766 publicity parts: each procedure's decision and when it was made public. */
@Path("/api/v1/procedure-publications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Procedure publications", description = "Publication decisions of administrative procedures (quyết định công bố), "
        + "when each procedure was made public, its content parts and who may apply")
public class PublicationResource {

    private final PublicationIntake intake;

    public PublicationResource(PublicationIntake intake) {
        this.intake = intake;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "takeProcedurePublications", summary = "Take up to 1,000 procedure publications, new or more of known ones",
            description = "One record per procedure and decision, idempotent by its id: what is told replaces what was told, "
                    + "field by field, except a field it leaves out (a publication time told once stays). ACCEPTED for a new "
                    + "record, UPDATED when it changes something, DUPLICATE when it changes nothing.")
    @RequestBody(content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = PublicationRequest.class)))
    @APIResponse(responseCode = "202", description = "One outcome per record, in request order",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = ItemOutcome.class)))
    @APIResponse(responseCode = "400", description = "The body is not a JSON array of records, or is empty")
    @APIResponse(responseCode = "413", description = "More than 1,000 records")
    public Response take(@NotNull JsonNode body) {
        return Response.accepted(intake.accept(JsonItems.batch(body, DossierEventResource.MAX_BATCH, "publications"))).build();
    }

    @Schema(name = "ProcedurePublication", description = "One procedure under one publication decision")
    public record PublicationRequest(@Schema(description = "the record's own id, e.g. the decision's number and the procedure's code", required = true) String id,
                                     @Schema(description = "the procedure (MaTTHC)", required = true) String procedureCode,
                                     @Schema(description = "the unit that publishes it: the province for its procedures", required = true) String unitCode,
                                     @Schema(description = "the publication decision's number (số quyết định công bố)", required = true) String decisionNumber,
                                     @Schema(description = "the decision's date, yyyy-MM-dd", required = true) String decidedOn,
                                     @Schema(enumeration = {"ADDED", "AMENDED", "ABOLISHED"}, description = "or Ban hành mới, Sửa đổi, bổ sung, Bãi bỏ",
                                             required = true) String change,
                                     @Schema(description = "the latest effective date of the procedure's legal basis, yyyy-MM-dd") String legalBasisEffectiveOn,
                                     @Schema(description = "when it was made public on the national portal (công khai); absent while awaiting it") String publishedAt,
                                     @Schema(description = "which of Decree 63's seven parts the published procedure has: NAME, STEPS, "
                                             + "CHANNELS, COMPONENTS, TIME_LIMIT, APPLICANTS, AGENCY") List<String> contentParts,
                                     @Schema(description = "who may apply: CITIZEN, OVERSEAS_VIETNAMESE, FOREIGNER, ORGANISATION, BUSINESS") List<String> applicantKinds) {
    }
}
