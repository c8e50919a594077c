package vn.dvc.payment.model;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * One online payment transaction as the portal or the payment provider reports it (README, "Payments").
 * {@code amountVnd} is read as a decimal so that a fractional amount is refused rather than silently truncated.
 */
public record PaymentRequest(
        @NotBlank @Size(max = 100) @Pattern(regexp = CODE, message = CODE_MESSAGE) String transactionId,
        @Size(max = 100) @Pattern(regexp = CODE, message = CODE_MESSAGE) String dossierId,
        @NotBlank @Size(max = 50) String unitCode,
        @NotBlank @Size(max = 200) String field,
        @NotNull PaymentKind kind,
        @NotNull @Positive @Digits(integer = 18, fraction = 0, message = "must be a whole number of VND below 10^18")
        BigDecimal amountVnd,
        @NotNull PaymentStatus status,
        @NotBlank @Size(max = 40) String paidAt,
        @NotBlank @Size(max = 50) String provider) {

    static final String CODE = "[A-Za-z0-9._\\-/]+";
    static final String CODE_MESSAGE = "may contain only letters, digits, '.', '_', '-' and '/'";
}
