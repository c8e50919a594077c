package vn.dvc.dossier.rest.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * One dossier lifecycle event from the portal (README, "Dossier intake"). {@code status} is a name or a DVCQG code;
 * times are ISO-8601, with an offset or local to Asia/Ho_Chi_Minh; {@code unitCode}, {@code serviceCode} and
 * {@code channel} are required on the event that opens a dossier.
 */
public record DossierEventRequest(
        @NotBlank @Size(max = 100) @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE) String eventId,
        @NotBlank @Size(max = 100) @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE) String dossierId,
        @NotBlank @Size(max = 30) String status,
        @NotBlank @Size(max = 40) String occurredAt,
        @Size(max = 50) String unitCode,
        @Size(max = 50) String receivedAtUnitCode,
        @Size(max = 50) String serviceCode,
        Channel channel,
        @Size(max = 40) String dueAt,
        @Size(max = 40) String newDueAt,
        Boolean inputsDigitised,
        Boolean feeRequired,
        Boolean electronicResult,
        @Size(max = 1000) String reason) {
}
