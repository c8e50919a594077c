package vn.dvc.gateway.security;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dvc.access.Role;
import vn.dvc.problem.Problem;
import vn.dvc.problem.ProblemException;
import vn.dvc.problem.Violation;

/** The gateway's own endpoints, for ops: API keys (made, listed without their secret, revoked) and the audit log. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Access", description = "API keys and the audit log of changes made with ops keys")
public class SecurityResource {

    public static final String CALLER = "dvc.caller";

    private final ApiKeys keys;
    private final AuditLog audit;
    private final CurrentVertxRequest request;
    private final UnitTree tree;

    public SecurityResource(ApiKeys keys, AuditLog audit, CurrentVertxRequest request, UnitTree tree) {
        this.keys = keys;
        this.audit = audit;
        this.request = request;
        this.tree = tree;
    }

    @GET
    @Path("/api-keys")
    @Operation(operationId = "listApiKeys", summary = "Every key, active and revoked, without its secret",
            description = "A province's ops key lists the keys of its province only.")
    @APIResponse(responseCode = "200", description = "The keys, without their secrets")
    public List<KeyView> list() {
        ApiKey caller = caller();
        return keys.list().stream().filter(key -> manages(caller, key)).map(KeyView::of).toList();
    }

    @POST
    @Path("/api-keys")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createApiKey", summary = "Make a key", description = "The token is answered once, here, and kept nowhere (only its "
            + "SHA-256). It works at once on this instance, within gateway.security.key-refresh on the others.")
    @APIResponseSchema(value = IssuedKey.class, responseCode = "201", responseDescription = "The key and its token, once")
    @APIResponse(responseCode = "400", description = "A field is missing or malformed (role, unitCode, province, expiresAt)")
    @APIResponse(responseCode = "403", description = "A province's ops key making a key for another province, or a national one")
    @APIResponse(responseCode = "422", description = "province is not a province (a root unit) the suite knows")
    public Response create(@Valid @NotNull NewKey request) {
        Role role = Role.ofKey(request.role()).orElseThrow(() -> ProblemException.badRequest("role", "must be portal, ministry, ops or unit"));
        if ((role == Role.UNIT) != (request.unitCode() != null)) {
            throw ProblemException.badRequest("unitCode", "a unit key, and only a unit key, names its unit");
        }
        if (request.province() != null && role != Role.PORTAL && role != Role.OPS) {
            throw ProblemException.badRequest("province", "only a portal or ops key is held to a province");
        }
        if (request.province() != null && !tree.isRoot(request.province())) {
            throw ProblemException.unprocessable("province", request.province() + " is not a province (a root unit) the suite knows");
        }
        if (request.expiresAt() != null && !request.expiresAt().isAfter(Instant.now())) {
            throw ProblemException.badRequest("expiresAt", "must be in the future");
        }
        String scope = role == Role.UNIT ? request.unitCode() : request.province();
        ApiKey caller = caller();
        if (caller.unitCode() != null && (scope == null || !tree.isWithin(scope, caller.unitCode()))) {
            throw new ProblemException(Problem.forbidden(List.of(new Violation(role == Role.UNIT ? "unitCode" : "province",
                    "a key of province " + caller.unitCode() + " makes keys held to that province only"))));
        }
        KeyTokens.Issued issued = keys.create(request.name(), role, scope, request.requestsPerSecond(),
                request.expiresAt(), caller.label());
        ApiKey key = keys.find(issued.id()).orElseThrow();
        return Response.created(URI.create("/api/v1/api-keys/" + issued.id()))
                .entity(new IssuedKey(KeyView.of(key), issued.token())).build();
    }

    @DELETE
    @Path("/api-keys/{id}")
    @Operation(operationId = "revokeApiKey", summary = "Revoke a key: refused from the next request on")
    @APIResponse(responseCode = "204", description = "Revoked")
    @APIResponse(responseCode = "404", description = "No active key with that id")
    public Response revoke(@PathParam("id") String id) {
        ApiKey caller = caller();
        if (keys.find(id).filter(key -> key.active(Instant.now())).filter(key -> manages(caller, key)).isEmpty()) {
            throw ProblemException.notFound("No active key " + id);
        }
        keys.revoke(id, caller().label());
        return Response.noContent().build();
    }

    @GET
    @Path("/audit")
    @Operation(operationId = "listAudit", summary = "Changes made with ops keys, newest first")
    @APIResponse(responseCode = "200", description = "The entries, newest first")
    @APIResponse(responseCode = "400", description = "from is not an ISO-8601 instant, or limit is outside 1–1000")
    public List<AuditLog.AuditEntry> audit(@QueryParam("key") String keyId, @QueryParam("from") String from,
                                           @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
        Instant since;
        try {
            since = from == null ? null : Instant.parse(from);
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest("from", "'" + from + "' is not an ISO-8601 instant");
        }
        ApiKey caller = caller();
        if (caller.unitCode() == null) {
            return audit.newest(keyId, since, limit);
        }
        Set<String> ofProvince = keys.list().stream().filter(key -> manages(caller, key)).map(ApiKey::id).collect(Collectors.toSet());
        return audit.newest(keyId, since, limit).stream().filter(entry -> ofProvince.contains(entry.keyId())).toList();
    }

    /** A national ops key manages every key; a province's, the keys held to its province. */
    private boolean manages(ApiKey caller, ApiKey key) {
        return caller.unitCode() == null || key.unitCode() != null && tree.isWithin(key.unitCode(), caller.unitCode());
    }

    private ApiKey caller() {
        return request.getCurrent().get(CALLER);
    }

    public record NewKey(@NotBlank @Size(max = 100) String name,
                         // checked by Role.ofKey in create: a case-insensitive pattern is no JSON Schema pattern
                         @Schema(enumeration = {"portal", "ministry", "ops", "unit"}, description = "case does not matter")
                         @NotBlank String role,
                         @Schema(description = "a unit key's unit") @Size(max = 50) String unitCode,
                         @Schema(description = "a portal or ops key held to one province (a root unit): it reads and writes "
                                 + "that province only; none = a national key") @Size(max = 50) String province,
                         @Min(1) @Max(100_000) Integer requestsPerSecond,
                         Instant expiresAt) {
    }

    public record KeyView(String id, String name, String role, String unitCode,
                          @Schema(description = "the province a portal or ops key is held to; absent: a national key") String province,
                          Integer requestsPerSecond, String source, Instant createdAt, String createdBy, Instant revokedAt,
                          Instant expiresAt) {

        static KeyView of(ApiKey key) {
            boolean unitKey = key.role() == Role.UNIT;
            return new KeyView(key.id(), key.name(), key.role().lowerName(), unitKey ? key.unitCode() : null,
                    unitKey ? null : key.unitCode(), key.rate(), key.source(), key.createdAt(), key.createdBy(), key.revokedAt(),
                    key.expiresAt());
        }
    }

    public record IssuedKey(KeyView key, String token) {
    }
}
