package vn.dvc.dossier.rest;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import vn.dvc.commons.identity.WriteScope;
import vn.dvc.commons.web.JsonItems;
import vn.dvc.dossier.dvcqg.DvcqgIntake;
import vn.dvc.dossier.dvcqg.SnapshotOutcome;
import vn.dvc.dossier.model.Codes;
import vn.dvc.dossier.model.EventOutcome;
import vn.dvc.dossier.repository.UnitCodeMap;
import vn.dvc.problem.Problem;
import vn.dvc.problem.ProblemException;
import vn.dvc.problem.Violation;

/**
 * The national portal's sync job plugged in as it is (docs/dvcqg-sync.md): its dossier snapshots
 * ({@code DongBoHoSoMC}), its progress updates ({@code CapNhatTienDoHoSoMC}), and the province's mapping of its unit
 * codes. Personal fields in a snapshot are never read.
 */
@Path("/api/v1/dvcqg")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "National portal sync", description = "The national portal's (DVCQG) dossier sync payload, taken as it is")
public class DvcqgResource {

    private final DvcqgIntake snapshots;
    private final UnitCodeMap unitCodes;
    private final Callers callers;
    private final UnitScope tree;

    public DvcqgResource(DvcqgIntake snapshots, UnitCodeMap unitCodes, Callers callers, UnitScope tree) {
        this.snapshots = snapshots;
        this.unitCodes = unitCodes;
        this.callers = callers;
        this.tree = tree;
    }

    @POST
    @Path("/dossiers")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "syncDvcqgDossiers", summary = "Take up to 1,000 dossier snapshots in the national portal's sync shape",
            description = "Each snapshot becomes the lifecycle steps it implies (ids from dossier, step and time), all or none: "
                    + "the same snapshot again, or an older one, is DUPLICATE; a later one adds only its new steps; one "
                    + "that contradicts what is known (a moved receipt or end, a step after the end) is REJECTED with a "
                    + "problem naming the DVCQG field. Personal fields (ChuHoSo, Email, SoDienThoai, addresses, ID "
                    + "numbers) are dropped on arrival.")
    @RequestBody(content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = DvcqgDossier.class)))
    @APIResponse(responseCode = "202", description = "One outcome per snapshot, in request order",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = SnapshotOutcome.class)))
    @APIResponse(responseCode = "400", description = "The body is not a JSON array of snapshots, or is empty")
    @APIResponse(responseCode = "413", description = "More than 1,000 snapshots")
    public Response sync(@NotNull JsonNode body) {
        return Response.accepted(snapshots.accept(JsonItems.batch(body, DossierEventResource.MAX_BATCH, "dossiers"))).build();
    }

    @POST
    @Path("/progress")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "syncDvcqgProgress", summary = "Take up to 1,000 progress updates in the national portal's shape",
            description = "Each update (MaHoSo, TrangThai 1–10, ThoiDiemXuLy) is one step, with the id a snapshot's same "
                    + "step has: told both ways, it counts once. Other fields (the handler, notes) are never read.")
    @RequestBody(content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = DvcqgProgress.class)))
    @APIResponse(responseCode = "202", description = "One outcome per update, in request order",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = EventOutcome.class)))
    @APIResponse(responseCode = "400", description = "The body is not a JSON array of updates, or is empty")
    @APIResponse(responseCode = "413", description = "More than 1,000 updates")
    public Response progress(@NotNull JsonNode body) {
        return Response.accepted(snapshots.acceptProgress(JsonItems.batch(body, DossierEventResource.MAX_BATCH, "updates"))).build();
    }

    @PUT
    @Path("/unit-codes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "putDvcqgUnitCodes", summary = "Map the national portal's unit codes (DonViXuLy) to the suite's units",
            description = "Upsert. A code with no mapping is taken as the suite's own unit code.")
    @APIResponse(responseCode = "200", description = "The mappings saved, in request order",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = UnitCodeMap.Mapping.class)))
    @APIResponse(responseCode = "400", description = "A code is missing or malformed")
    @APIResponse(responseCode = "403", description = "A province's key mapping a code to a unit outside its province, or "
            + "remapping another province's code; nothing saved")
    public List<UnitCodeMap.Mapping> putUnitCodes(@NotNull @Size(min = 1, max = 5000) List<@Valid @NotNull UnitCodeRequest> mappings) {
        requireWithinScope(mappings);
        List<UnitCodeMap.Mapping> saved = mappings.stream().map(mapping -> new UnitCodeMap.Mapping(mapping.dvcqgCode(), mapping.unitCode())).toList();
        unitCodes.save(saved);
        return saved;
    }

    /** A province's key maps codes to its units only, and never takes over a code another province mapped. */
    private void requireWithinScope(List<UnitCodeRequest> mappings) {
        Caller caller = callers.current();
        if (!caller.unitScoped()) {
            return;
        }
        Map<String, String> current = unitCodes.mappedUnitsOf(mappings.stream().map(UnitCodeRequest::dvcqgCode).toList());
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < mappings.size(); i++) {
            UnitCodeRequest mapping = mappings.get(i);
            WriteScope.check(caller, "[" + i + "].unitCode", mapping.unitCode(), tree).ifPresent(violations::add);
            String mappedNow = current.get(mapping.dvcqgCode());
            if (mappedNow != null && !tree.isWithin(mappedNow, caller.unitCode())) {
                violations.add(new Violation("[" + i + "].dvcqgCode", "is mapped to a unit outside " + caller.unitCode()));
            }
        }
        if (!violations.isEmpty()) {
            throw new ProblemException(Problem.forbidden(violations));
        }
    }

    @GET
    @Path("/unit-codes")
    @Operation(operationId = "getDvcqgUnitCodes", summary = "Every mapping of a national unit code to the suite's unit")
    @APIResponse(responseCode = "200", description = "The mappings, by national code",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = UnitCodeMap.Mapping.class)))
    public List<UnitCodeMap.Mapping> unitCodes() {
        return unitCodes.all();
    }

    public record UnitCodeRequest(@NotBlank @Size(max = 100) @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE) String dvcqgCode,
                                  @NotBlank @Size(max = 50) @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE) String unitCode) {
    }

    /** The fields of a snapshot the suite reads (others are accepted and ignored; personal ones never kept). */
    @Schema(name = "DvcqgDossier", description = "One dossier of DongBoHoSoMC; times yyyyMMddHHmmss, Asia/Ho_Chi_Minh")
    public record DvcqgDossier(String MaHoSo, String MaTTHC, String MaLinhVuc, String DonViXuLy,
                               @Schema(enumeration = {"1", "2", "3"}) String KenhThucHien,
                               @Schema(description = "1–10") String TrangThaiHoSo, String NgayTiepNhan, String NgayHenTra,
                               String NgayKetThucXuLy, String NgayTra, List<Supplement> DanhSachHoSoBoSung, List<Fee> DanhSachLePhi,
                               Boolean DuocThanhToanTrucTuyen, Boolean HoSoCoThanhPhanSoHoa, List<Input> TaiLieuNop,
                               List<Result> DanhSachGiayToKetQua,
                               @Schema(description = "1: the applicant's account is verified with VNeID (only the fact is kept)")
                               String TaiKhoanDuocXacThucVoiVNeID,
                               @Schema(description = "links to national databases; MaCSDL 7 is the population database")
                               List<DatabaseLink> DSKetNoiCSDL) {

        public record Supplement(String NgayBoSung, String NgayTiepNhanBoSung, String NgayHenTraMoi) {
        }

        public record Fee(String MaPhiLePhi, Double Gia) {
        }

        public record Input(Boolean DuocSoHoa,
                            @Schema(description = "0 not re-used, 1 re-used, 2 re-used and replaced (MaKetQuaThayThe)")
                            String DuocTaiSuDung,
                            @Schema(description = "1: taken from the citizen's national data store")
                            String DuocLayTuKhoDMQG) {
        }

        public record DatabaseLink(String MaCSDL) {
        }

        public record Result(String GiayToId) {
        }
    }

    @Schema(name = "DvcqgProgress", description = "One update of CapNhatTienDoHoSoMC")
    public record DvcqgProgress(String MaHoSo, @Schema(description = "1–10") String TrangThai,
                                @Schema(description = "yyyyMMddHHmmss, Asia/Ho_Chi_Minh") String ThoiDiemXuLy) {
    }
}
