package vn.dvc.payment.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dvc.commons.web.QueryEnums;
import vn.dvc.payment.model.AccountRequest;
import vn.dvc.payment.model.AccountResponse;
import vn.dvc.payment.model.Coverage;
import vn.dvc.payment.service.PaymentAccounts;
import vn.dvc.problem.ProblemException;

@Path("/api/v1/payment-accounts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Payment accounts", description = "Units' online payment accounts and their coverage")
public class PaymentAccountResource {

    private final PaymentAccounts accounts;

    public PaymentAccountResource(PaymentAccounts accounts) {
        this.accounts = accounts;
    }

    @PUT
    @Path("/{unitCode}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set a unit's online payment account", description = "Upsert; a change goes to payment-events.")
    @APIResponseSchema(value = AccountResponse.class, responseCode = "200", responseDescription = "The account as stored")
    @APIResponse(responseCode = "422", description = "Unknown unit")
    public AccountResponse put(@PathParam("unitCode") String unitCode, @NotNull @Valid AccountRequest account) {
        return AccountResponse.of(accounts.put(unitCode, account));
    }

    @GET
    @Path("/coverage")
    @Operation(summary = "Units with online payment enabled / units in scope",
            description = "The plan's example: kind=LAND_OFFICE under the province gives the land registration office "
                    + "and its branches. Lists which units have it and which lack it.")
    public Coverage coverage(
            @Parameter(description = "unit code: the unit and its whole subtree; none = every unit") @QueryParam("unit") String unit,
            @Parameter(description = "unit kind: SERVICE_CENTRE, ONE_STOP_SHOP, LAND_OFFICE, OTHER") @QueryParam("kind") String kind) {
        UnitKind chosen = QueryEnums.parse("kind", kind, UnitKind.class);
        return accounts.coverage(unit, chosen == null ? null : chosen.name());
    }

    @GET
    @Path("/{unitCode}")
    @Operation(summary = "A unit's online payment account")
    @APIResponseSchema(value = AccountResponse.class, responseCode = "200", responseDescription = "The unit's account")
    @APIResponse(responseCode = "404", description = "The unit has no account")
    public AccountResponse get(@PathParam("unitCode") String unitCode) {
        return accounts.find(unitCode).map(AccountResponse::of)
                .orElseThrow(() -> ProblemException.notFound("Unit " + unitCode + " has no payment account"));
    }

    /** The kinds of service point (README, "Dossier intake"). */
    enum UnitKind {
        SERVICE_CENTRE, ONE_STOP_SHOP, LAND_OFFICE, OTHER
    }
}
