package vn.dvc.reporting.reminders;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dvc.problem.ProblemException;
import vn.dvc.reporting.reminders.Subscriptions;
import vn.dvc.reporting.repository.Deliveries;

@Path("/api/v1/reminders")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reminders", description = "Daily digests and urgent notices to units, by e-mail and webhook")
public class ReminderResource {

    private static final Set<String> STATUSES = Set.of(Deliveries.PENDING, Deliveries.SENDING, Deliveries.SENT,
            Deliveries.FAILED, Delivery.NOTHING);

    private final Subscriptions subscriptions;
    private final Deliveries deliveries;

    public ReminderResource(Subscriptions subscriptions, Deliveries deliveries) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
    }

    @PUT
    @Path("/subscriptions/{unit}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Subscribe a unit to its reminders (replaces its subscription)",
            description = "A daily digest on working days at digestAt (local), combining the kinds chosen, and an "
                    + "urgent notice once per dossier due within 4 working hours with no apology letter. E-mail goes out once "
                    + "the suite's SMTP server is configured; the webhook gets the same facts as JSON. Ops, or a unit "
                    + "key for its own subtree.")
    @APIResponse(responseCode = "200", description = "The subscription stored")
    @APIResponse(responseCode = "404", description = "Unknown unit")
    @APIResponse(responseCode = "422", description = "A field is invalid; nothing stored")
    public SubscriptionView put(@PathParam("unit") String unit, SubscriptionRequest request) {
        return SubscriptionView.of(subscriptions.put(unit, request));
    }

    @GET
    @Path("/subscriptions/{unit}")
    @Operation(summary = "A unit's reminder subscription (the webhook's secret is never shown)")
    @APIResponse(responseCode = "200", description = "The subscription")
    @APIResponse(responseCode = "404", description = "The unit has no subscription")
    public SubscriptionView get(@PathParam("unit") String unit) {
        return SubscriptionView.of(subscriptions.of(unit)
                .orElseThrow(() -> ProblemException.notFound("Unit " + unit + " has no reminder subscription")));
    }

    @DELETE
    @Path("/subscriptions/{unit}")
    @Operation(summary = "End a unit's subscription: nothing more is made or sent for it")
    @APIResponse(responseCode = "204", description = "Ended")
    @APIResponse(responseCode = "404", description = "The unit has no subscription")
    public Response delete(@PathParam("unit") String unit) {
        if (!subscriptions.remove(unit)) {
            throw ProblemException.notFound("Unit " + unit + " has no reminder subscription");
        }
        return Response.noContent().build();
    }

    @GET
    @Path("/deliveries")
    @Operation(summary = "Reminders made for a unit's subtree, newest first",
            description = "One line per message and channel: PENDING (to send, or to try again), SENDING, SENT, "
                    + "FAILED (given up after its attempts), NOTHING (a digest day with nothing to tell).")
    public List<DeliveryView> deliveries(
            @Parameter(description = "unit code: its whole subtree; none = every unit") @QueryParam("unit") String unit,
            @Parameter(description = "PENDING, SENDING, SENT, FAILED or NOTHING") @QueryParam("status") String status,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        if (status != null && !STATUSES.contains(status)) {
            throw ProblemException.badRequest("status", "one of " + STATUSES);
        }
        return deliveries.list(unit, status, page, size).stream().map(DeliveryView::of).toList();
    }
}
