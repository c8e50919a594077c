package vn.dvc.contracts.payment;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import vn.dvc.contracts.catalog.Tier;

/**
 * The state of one online payment transaction after payment-service accepted it or a change of its status.
 * Consumers keep the record with the highest {@code version} per transaction.
 *
 * @param version   1 when first recorded, +1 with each status change
 * @param dossierId the dossier the payment is for, when the portal knows it
 * @param unitTier  tier of the unit, as payment-service knew it
 * @param kind      {@code FEE} or {@code LAND_OBLIGATION}
 * @param amountVnd whole VND, exact
 * @param status    {@code SUCCESS}, {@code FAILED} or {@code REFUNDED}
 * @param paidAt    when the payment was made
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PaymentRecorded(String eventId, Instant occurredAt, String transactionId, long version,
                              String dossierId, String unitCode, Tier unitTier, String field, String kind,
                              long amountVnd, String status, Instant paidAt, String provider) implements PaymentEvent {

    @Override
    public String key() {
        return transactionId;
    }
}
