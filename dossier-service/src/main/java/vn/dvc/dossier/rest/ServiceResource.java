package vn.dvc.dossier.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dvc.commons.web.QueryEnums;
import vn.dvc.contracts.catalog.Tier;
import vn.dvc.dossier.model.OnlineMode;
import vn.dvc.dossier.model.ServiceRequest;
import vn.dvc.dossier.model.ServiceResponse;
import vn.dvc.dossier.model.UpsertResult;
import vn.dvc.dossier.service.ServiceCatalog;
import vn.dvc.problem.ProblemException;

@Path("/api/v1/services")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Services", description = "The catalogue of administrative procedures and their offerings per tier")
public class ServiceResource {

    private final ServiceCatalog catalog;

    public ServiceResource(ServiceCatalog catalog) {
        this.catalog = catalog;
    }

    @PUT
    @Operation(summary = "Create or update services (array upsert)",
            description = "Offerings carry a legacy level 1–4 and/or a Decree 42 onlineMode (level 4 ≡ FULL, 3 ≡ "
                    + "PARTIAL, 1–2 ≡ NONE). Checked as a whole; nothing is stored when one service is refused.")
    @APIResponse(responseCode = "200", description = "Counts of created, updated and unchanged services")
    @APIResponse(responseCode = "400", description = "A field is missing or malformed")
    @APIResponse(responseCode = "422", description = "Level and mode disagree, a tier twice, an unknown owner unit")
    public UpsertResult upsert(@NotNull @NotEmpty @Size(max = 5_000) List<@Valid @NotNull ServiceRequest> services) {
        return catalog.upsert(services);
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "One service with its offerings")
    @APIResponseSchema(value = ServiceResponse.class, responseCode = "200", responseDescription = "The service and its offerings")
    @APIResponse(responseCode = "404", description = "No such service")
    public ServiceResponse get(@PathParam("code") String code) {
        return catalog.find(code).map(ServiceResponse::of)
                .orElseThrow(() -> ProblemException.notFound("Service " + code + " is not known"));
    }

    @GET
    @Operation(summary = "Services by field, and by the tier and online mode of their offerings",
            description = "Sorted by code. Tier and mode filter on one offering: tier=DISTRICT&onlineMode=FULL lists "
                    + "the services offered fully online at district tier.")
    public List<ServiceResponse> search(@Parameter(description = "field, e.g. Đất đai") @QueryParam("field") String field,
                                        @QueryParam("tier") String tier, @QueryParam("onlineMode") String onlineMode) {
        return catalog.search(field, QueryEnums.parse("tier", tier, Tier.class),
                        QueryEnums.parse("onlineMode", onlineMode, OnlineMode.class))
                .stream().map(ServiceResponse::of).toList();
    }

}
