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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dvc.commons.problem.ProblemException;
import vn.dvc.dossier.rest.dto.UnitRequest;
import vn.dvc.dossier.rest.dto.UnitResponse;
import vn.dvc.dossier.rest.dto.UpsertResult;
import vn.dvc.dossier.service.UnitService;

@Path("/api/v1/units")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Units", description = "The unit tree: province, departments, districts, communes, service points")
public class UnitResource {

    private final UnitService units;

    public UnitResource(UnitService units) {
        this.units = units;
    }

    @PUT
    @Operation(summary = "Create or update units (array upsert)",
            description = "Checked as a whole: an unknown parent, a cycle or a code twice in the request refuses the "
                    + "whole request (422) and stores nothing.")
    @APIResponse(responseCode = "200", description = "Counts of created, updated and unchanged units")
    @APIResponse(responseCode = "400", description = "A field is missing or malformed")
    @APIResponse(responseCode = "422", description = "Unknown parent, cycle or duplicate code")
    public UpsertResult upsert(@NotNull @NotEmpty @Size(max = 10_000) List<@Valid @NotNull UnitRequest> units) {
        return this.units.upsert(units);
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "One unit")
    @APIResponseSchema(value = UnitResponse.class, responseCode = "200", responseDescription = "The unit")
    @APIResponse(responseCode = "404", description = "No such unit")
    public UnitResponse get(@PathParam("code") String code) {
        return units.find(code).map(UnitResponse::of)
                .orElseThrow(() -> ProblemException.notFound("Unit " + code + " is not known"));
    }

    @GET
    @Operation(summary = "The children of a unit, or the roots when no parent is given")
    public List<UnitResponse> children(@Parameter(description = "parent unit code") @QueryParam("parent") String parent) {
        return units.childrenOf(parent).stream().map(UnitResponse::of).toList();
    }

    @GET
    @Path("/{code}/subtree")
    @Operation(summary = "The unit and every unit below it, at any depth, parents before children")
    @APIResponse(responseCode = "200", description = "The unit, then every unit below it",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = UnitResponse.class)))
    @APIResponse(responseCode = "404", description = "No such unit")
    public List<UnitResponse> subtree(@PathParam("code") String code) {
        List<UnitResponse> subtree = units.subtreeOf(code).stream().map(UnitResponse::of).toList();
        if (subtree.isEmpty()) {
            throw ProblemException.notFound("Unit " + code + " is not known");
        }
        return subtree;
    }
}
