package vn.dvc.dossier.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dvc.dossier.model.UnitFound;
import vn.dvc.dossier.model.UnitRequest;
import vn.dvc.dossier.model.UnitResponse;
import vn.dvc.dossier.model.UpsertResult;
import vn.dvc.dossier.service.UnitService;
import vn.dvc.problem.ProblemException;

@Path("/api/v1/units")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Units", description = "The unit tree: province, departments, districts, communes, service points")
public class UnitResource {

    private static final int MAX_CODES = 500;

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
    @Operation(summary = "The children of a unit, the roots when no parent is given, or the units of the codes given",
            description = "Level by level: a picker loads a unit's children when it opens it. With code= (repeated, at most 500) "
                    + "the units of those codes that are known, in the order asked.")
    @APIResponse(responseCode = "200", description = "The units",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = UnitResponse.class)))
    @APIResponse(responseCode = "400", description = "More than 500 codes")
    public List<UnitResponse> children(@Parameter(description = "parent unit code") @QueryParam("parent") String parent,
                                       @Parameter(description = "unit codes, repeated") @QueryParam("code") List<String> codes) {
        if (codes != null && !codes.isEmpty()) {
            if (codes.size() > MAX_CODES) {
                throw ProblemException.badRequest("code", "at most " + MAX_CODES + " codes");
            }
            return units.byCodes(codes).stream().map(UnitResponse::of).toList();
        }
        return units.childrenOf(parent).stream().map(UnitResponse::of).toList();
    }

    @GET
    @Path("/search")
    @Operation(summary = "Units by name or code, as a person types them",
            description = "With or without diacritics, in any case (\"binh phuoc\" finds \"Tỉnh Bình Phước\", \"dong xoai\" "
                    + "\"Thành phố Đồng Xoài\"); every word typed in the name, or the code's beginning. Names beginning with "
                    + "what was typed first, then higher tiers; each with the names of the units above it, root first.")
    @APIResponse(responseCode = "200", description = "The units found, best first",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = UnitFound.class)))
    @APIResponse(responseCode = "400", description = "q missing or longer than 100 characters, or limit out of 1–50")
    public List<UnitFound> search(
            @Parameter(description = "what was typed", required = true) @QueryParam("q") String typed,
            @Parameter(description = "only units in this unit's subtree") @QueryParam("within") String within,
            @Parameter(description = "at most this many, 1–50", schema = @Schema(defaultValue = "20", minimum = "1", maximum = "50"))
            @QueryParam("limit") @DefaultValue("20") int limit) {
        if (typed == null || typed.isBlank() || typed.length() > 100) {
            throw ProblemException.badRequest("q", "1 to 100 characters");
        }
        if (limit < 1 || limit > 50) {
            throw ProblemException.badRequest("limit", "from 1 to 50");
        }
        return units.search(typed, within == null || within.isBlank() ? null : within, limit).stream()
                .map(hit -> new UnitFound(hit.unit().code(), hit.unit().name(), hit.unit().tier(), hit.unit().parentCode(),
                        hit.unit().kind(), hit.path()))
                .toList();
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
