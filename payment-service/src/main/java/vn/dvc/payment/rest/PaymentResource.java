package vn.dvc.payment.rest;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dvc.access.identity.Caller;
import vn.dvc.commons.catalog.UnitCopy;
import vn.dvc.commons.identity.Callers;
import vn.dvc.commons.web.Csv;
import vn.dvc.commons.web.JsonItems;
import vn.dvc.commons.web.LocalDates;
import vn.dvc.commons.web.QueryEnums;
import vn.dvc.contracts.catalog.Tier;
import vn.dvc.payment.model.AppendixRow;
import vn.dvc.payment.model.PaymentKind;
import vn.dvc.payment.model.PaymentOutcome;
import vn.dvc.payment.model.PaymentRequest;
import vn.dvc.payment.model.PaymentView;
import vn.dvc.payment.model.TallyGrouping;
import vn.dvc.payment.model.TallyReport;
import vn.dvc.payment.repository.PaymentRepository;
import vn.dvc.payment.repository.Tallies;
import vn.dvc.payment.service.PaymentIntake;
import vn.dvc.problem.ProblemException;

@Path("/api/v1/payments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Payments", description = "Online payment transactions and their tallies")
public class PaymentResource {

    static final int MAX_BATCH = 1_000;
    private static final List<String> APPENDIX_HEADER = List.of("STT", "Mã đơn vị", "Tên đơn vị", "Lĩnh vực",
            "Số giao dịch thanh toán trực tuyến", "Số tiền (VNĐ)");

    private final PaymentIntake intake;
    private final Tallies tallies;
    private final PaymentRepository payments;
    private final UnitCopy units;
    private final Callers callers;

    public PaymentResource(PaymentIntake intake, Tallies tallies, PaymentRepository payments, UnitCopy units, Callers callers) {
        this.intake = intake;
        this.tallies = tallies;
        this.payments = payments;
        this.units = units;
        this.callers = callers;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Report one transaction",
            description = "Idempotent on transactionId. A later status moves it forward (FAILED → SUCCESS → "
                    + "REFUNDED: UPDATED); the same status again, or one behind the stored one (a report arriving late), is "
                    + "a DUPLICATE. A different amount, unit, kind, field, provider or dossier is a 409 problem naming "
                    + "the field.")
    @RequestBody(content = @Content(schema = @Schema(implementation = PaymentRequest.class)))
    @APIResponse(responseCode = "202", description = "ACCEPTED, UPDATED or DUPLICATE",
            content = @Content(schema = @Schema(implementation = PaymentOutcome.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or malformed; nothing stored")
    @APIResponse(responseCode = "409", description = "Contradicts the stored transaction; nothing stored")
    @APIResponse(responseCode = "422", description = "Unknown unit or implausible time; nothing stored")
    public Response report(@NotNull JsonNode payment) {
        PaymentOutcome outcome = intake.accept(List.of(payment), false).get(0);
        if (outcome.outcome() == PaymentOutcome.Outcome.REJECTED) {
            throw new ProblemException(outcome.problem());
        }
        return Response.accepted(outcome).build();
    }

    @POST
    @Path("/batch")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Report up to 1,000 transactions",
            description = "One transaction; each report gets its outcome in request order, with its index. Reports of "
                    + "one transaction in one batch apply in order. A rejected report changes nothing; the others count.")
    @RequestBody(content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = PaymentRequest.class)))
    @APIResponse(responseCode = "202", description = "One outcome per report",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = PaymentOutcome.class)))
    @APIResponse(responseCode = "413", description = "More than 1,000 reports; nothing stored")
    public Response reportBatch(@NotNull JsonNode reports) {
        return Response.accepted(intake.accept(JsonItems.batch(reports, MAX_BATCH, "payments"), true)).build();
    }

    @GET
    @Path("/tally")
    @Operation(summary = "Count and amount of payments by status over a unit's subtree and [from, to) local days",
            description = "groupBy unit, field, kind, tier, month or provider (default: one total). The plan's two "
                    + "views: kind=LAND_OBLIGATION for the province; kind=FEE&groupBy=tier for districts and communes.")
    public TallyReport tally(
            @Parameter(description = "unit code: the unit and its whole subtree; none = every unit") @QueryParam("unit") String unit,
            @Parameter(description = "only units of this tier") @QueryParam("tier") String tier,
            @Parameter(description = "FEE or LAND_OBLIGATION") @QueryParam("kind") String kind,
            @Parameter(description = "first local day, yyyy-MM-dd", required = true) @QueryParam("from") String from,
            @Parameter(description = "day after the last, yyyy-MM-dd", required = true) @QueryParam("to") String to,
            @Parameter(description = "none, unit, field, kind, tier, month, provider") @QueryParam("groupBy") @DefaultValue("none") String groupBy) {
        TallyGrouping grouping = QueryEnums.parse("groupBy", groupBy, TallyGrouping.class);
        return tallies.tally(scope(unit, tier, kind, from, to), grouping);
    }

    @GET
    @Path("/appendix-5")
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @Operation(summary = "The plan's appendix 5: successful online payments per unit and field",
            description = "format=json (default) or csv (UTF-8 with BOM, Vietnamese headers, for spreadsheets).")
    public Response appendixFive(@QueryParam("unit") String unit, @QueryParam("kind") String kind,
                                 @QueryParam("from") String from, @QueryParam("to") String to,
                                 @QueryParam("format") @DefaultValue("json") String format) {
        Format chosen = QueryEnums.parse("format", format, Format.class);
        List<AppendixRow> rows = tallies.appendixFive(scope(unit, null, kind, from, to));
        if (chosen == Format.JSON) {
            return Response.ok(rows, MediaType.APPLICATION_JSON).build();
        }
        String csv = Csv.of(APPENDIX_HEADER, rows.stream().<List<?>>map(row -> List.of(row.number(), row.unitCode(),
                row.unitName() == null ? "" : row.unitName(), row.field(), row.count(), row.amountVnd())).toList());
        return Response.ok(csv, Csv.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"phu-luc-5-thanh-toan-truc-tuyen.csv\"").build();
    }

    @GET
    @Path("/{transactionId: .+}")
    @Operation(summary = "One transaction in its latest status")
    @APIResponseSchema(value = PaymentView.class, responseCode = "200", responseDescription = "The transaction in its latest status")
    @APIResponse(responseCode = "404", description = "No such transaction")
    public PaymentView get(@PathParam("transactionId") String transactionId) {
        Caller caller = callers.current();
        // a unit key sees only its subtree's payments; another unit's answers as an unknown one
        return payments.findByIdOptional(transactionId)
                .filter(payment -> !caller.unitScoped() || units.isWithin(payment.unitCode, caller.unitCode()))
                .map(PaymentView::of)
                .orElseThrow(() -> ProblemException.notFound("Transaction " + transactionId + " is not known"));
    }

    private Tallies.Scope scope(String unit, String tier, String kind, String from, String to) {
        LocalDates.Period period = LocalDates.period(from, to);
        return tallies.scope(unit, QueryEnums.parse("tier", tier, Tier.class), QueryEnums.parse("kind", kind, PaymentKind.class), period.from(), period.to());
    }

    enum Format {
        JSON, CSV
    }
}
