package vn.dvc.dossier.rest;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dvc.access.identity.Caller;
import vn.dvc.commons.identity.Callers;
import vn.dvc.commons.identity.UnitScope;
import vn.dvc.commons.web.JsonItems;
import vn.dvc.contracts.quality.FeedbackItemChanged.Step;
import vn.dvc.dossier.feedback.FeedbackIntake;
import vn.dvc.dossier.feedback.FeedbackTold;
import vn.dvc.dossier.model.ItemOutcome;
import vn.dvc.dossier.repository.FeedbackStore;
import vn.dvc.dossier.service.Versioned;
import vn.dvc.problem.ProblemException;

/** Feedback items (phản ánh, kiến nghị), for the Decision 766 feedback parts: what was done with each and when. */
@Path("/api/v1/feedback-items")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Feedback items", description = "Citizens' and businesses' feedback (phản ánh, kiến nghị): receipt, transfers, "
        + "steps with their times, likes and dislikes — never the sender or the text")
public class FeedbackResource {

    private final FeedbackIntake intake;
    private final FeedbackStore store;
    private final Callers callers;
    private final UnitScope tree;

    public FeedbackResource(FeedbackIntake intake, FeedbackStore store, Callers callers, UnitScope tree) {
        this.intake = intake;
        this.store = store;
        this.callers = callers;
        this.tree = tree;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "takeFeedbackItems", summary = "Take up to 1,000 feedback items, new or more of known ones",
            description = "Idempotent by the item's id and order-free: what is told of an item is merged with what is known "
                    + "(the earliest receipt, every step once, the most likes and dislikes, raised again once raised again). "
                    + "ACCEPTED for a new item, UPDATED when it adds something, DUPLICATE when it adds nothing. An item about "
                    + "a dossier marks it (FEEDBACK_RAISED). Only the fields below are read: the sender, their address and "
                    + "phone, and the text are never read or kept.")
    @RequestBody(content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = FeedbackItemRequest.class)))
    @APIResponse(responseCode = "202", description = "One outcome per item, in request order",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = ItemOutcome.class)))
    @APIResponse(responseCode = "400", description = "The body is not a JSON array of items, or is empty")
    @APIResponse(responseCode = "413", description = "More than 1,000 items")
    public Response take(@NotNull JsonNode body) {
        return Response.accepted(intake.accept(JsonItems.batch(body, DossierEventResource.MAX_BATCH, "items"))).build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getFeedbackItem", summary = "One feedback item as the suite knows it")
    @APIResponse(responseCode = "200", description = "The item", content = @Content(schema = @Schema(implementation = FeedbackItemView.class)))
    @APIResponse(responseCode = "404", description = "No such item, or not in the caller's subtree")
    public FeedbackItemView item(@PathParam("id") String id) {
        Caller caller = callers.current();
        Versioned<FeedbackTold> stored = store.find(id)
                .filter(found -> !caller.unitScoped() || found.item().units().stream().anyMatch(unit -> tree.isWithin(unit, caller.unitCode())))
                .orElseThrow(() -> ProblemException.notFound("No feedback item " + id));
        FeedbackTold item = stored.item();
        return new FeedbackItemView(item.itemId(), stored.version(), item.unitCode(), item.receivedAt(), item.steps(), item.likes(),
                item.dislikes(), item.reRaised(), item.dossierId());
    }

    @Schema(name = "FeedbackItem", description = "One feedback item; times ISO-8601 (without an offset: Asia/Ho_Chi_Minh) or yyyyMMddHHmmss")
    public record FeedbackItemRequest(@Schema(description = "the item's own id in the feedback system", required = true) String id,
                                      @Schema(description = "the unit that received it", required = true) String unitCode,
                                      @Schema(required = true) String receivedAt,
                                      List<StepRequest> steps,
                                      @Schema(description = "likes of its answer") Integer likes,
                                      @Schema(description = "dislikes of its answer") Integer dislikes,
                                      @Schema(description = "raised again as not satisfied with its handling") Boolean reRaised,
                                      @Schema(description = "the dossier it is about") String dossierId) {
    }

    @Schema(name = "FeedbackItemStep")
    public record StepRequest(@Schema(enumeration = {"TRANSFERRED", "REFUSED", "SUPPLEMENT_REQUESTED", "HANDLED", "PUBLISHED"},
                                      description = "or Chuyển xử lý, Từ chối, Yêu cầu bổ sung, Đã xử lý / Trả lời, Công khai") String kind,
                              String at,
                              @Schema(description = "the unit a transfer moves it to") String toUnit) {
    }

    /** An item as stored. */
    public record FeedbackItemView(String id, long version, String unitCode, Instant receivedAt, List<Step> steps, int likes,
                                   int dislikes, boolean reRaised, String dossierId) {
    }
}
