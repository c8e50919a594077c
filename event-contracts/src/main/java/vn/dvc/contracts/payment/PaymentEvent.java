package vn.dvc.contracts.payment;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.Instant;

/** What payment-service announces on {@code payment-events}; the {@code type} property names the record. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = PaymentRecorded.class, name = "PaymentRecorded"),
    @JsonSubTypes.Type(value = PaymentAccountChanged.class, name = "PaymentAccountChanged")
})
public sealed interface PaymentEvent permits PaymentRecorded, PaymentAccountChanged {

    String eventId();

    Instant occurredAt();

    /** The Kafka key: the transaction id, or {@code account/<unit code>}. */
    String key();
}
