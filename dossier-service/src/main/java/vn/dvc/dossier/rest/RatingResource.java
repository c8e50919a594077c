package vn.dvc.dossier.rest;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dvc.commons.web.JsonItems;
import vn.dvc.dossier.model.EventOutcome;
import vn.dvc.dossier.ratings.RatingForms;
import vn.dvc.dossier.service.EventFormIntake;

/** Applicants' satisfaction ratings of their dossiers, in the shape one-stop-shop systems keep them. */
@Path("/api/v1/dossier-ratings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Dossier ratings", description = "Satisfaction ratings per dossier (DanhGiaHaiLong), for the Decision 766 "
        + "procedure satisfaction part")
public class RatingResource {

    private final EventFormIntake forms;

    public RatingResource(EventFormIntake forms) {
        this.forms = forms;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "rateDossiers", summary = "Take up to 1,000 satisfaction ratings",
            description = "Each rating is one event of its dossier (RATED_VERY_SATISFIED, RATED_SATISFIED or RATED_UNSATISFIED), "
                    + "its id 'rating/' + Id (or, without an Id, from the dossier and the time): the same rating again is "
                    + "DUPLICATE; of a dossier's ratings the latest by ThoiGianDanhGia is its rating, whatever order they "
                    + "came in. Who rated (NguoiDanhGia) and what they wrote (NoiDungDanhGia) are never read or kept.")
    @RequestBody(content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = DossierRating.class)))
    @APIResponse(responseCode = "202", description = "One outcome per rating, in request order",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = EventOutcome.class)))
    @APIResponse(responseCode = "400", description = "The body is not a JSON array of ratings, or is empty")
    @APIResponse(responseCode = "413", description = "More than 1,000 ratings")
    public Response rate(@NotNull JsonNode body) {
        return Response.accepted(forms.accept(JsonItems.batch(body, DossierEventResource.MAX_BATCH, "ratings"),
                RatingForms::read, RatingForms.FIELD_NAMES, "MaHoSo")).build();
    }

    @Schema(name = "DossierRating", description = "One rating (DanhGiaHaiLong); times yyyyMMddHHmmss or ISO-8601, Asia/Ho_Chi_Minh")
    public record DossierRating(@Schema(description = "the rating's own id: the same id again is a duplicate") String Id,
                                String MaHoSo,
                                @Schema(enumeration = {"RẤT HÀI LÒNG", "HÀI LÒNG", "KHÔNG HÀI LÒNG"}) String DanhGia,
                                String ThoiGianDanhGia,
                                @Schema(description = "who rated, by kind: CongDan, DoanhNghiep… (kept with the event)") String LoaiDanhGia) {
    }
}
