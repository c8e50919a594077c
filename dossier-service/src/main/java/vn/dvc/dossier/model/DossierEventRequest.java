package vn.dvc.dossier.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.dvc.contracts.dossier.Channel;

/**
 * One dossier lifecycle event from the portal (README, "Dossier intake"). {@code status} is a name or a DVCQG code;
 * times are ISO-8601, with an offset or local to Asia/Ho_Chi_Minh; {@code unitCode}, {@code serviceCode} and
 * {@code channel} are required on the event that opens a dossier.
 */
public record DossierEventRequest(
        @NotBlank @Size(max = 100) @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE) String eventId,
        @NotBlank @Size(max = 100) @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE) String dossierId,
        @Schema(description = "a status name, its DVCQG TrangThaiHoSo code 1–10, or its Vietnamese words (\"Hoàn thành\", \"Đã trả kết quả\"…, with or without diacritics)") @NotBlank @Size(max = 60) String status,
        @Schema(description = "ISO-8601 with an offset, without one (Asia/Ho_Chi_Minh), or the portal's yyyyMMddHHmmss")
        @NotBlank @Size(max = 40) String occurredAt,
        @Size(max = 50) String unitCode,
        @Size(max = 50) String receivedAtUnitCode,
        @Size(max = 50) String serviceCode,
        @Schema(type = SchemaType.STRING, enumeration = {"ONLINE", "DIRECT", "POSTAL", "1", "2", "3"},
                description = "a name, or the DVCQG KenhThucHien code: 1 direct, 2 online, 3 postal") Channel channel,
        @Size(max = 40) String dueAt,
        @Size(max = 40) String newDueAt,
        Boolean inputsDigitised,
        Boolean feeRequired,
        Boolean electronicResult,
        @Size(max = 1000) String reason,
        @Schema(description = "who told it, for an annotation that says (a rating's LoaiDanhGia: CongDan, DoanhNghiep…)")
        @Size(max = 40) String source) {
}
