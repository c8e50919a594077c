package vn.dvc.contracts.payment;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.time.LocalDate;

/** A unit's online payment account was set up, changed or switched off. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PaymentAccountChanged(String eventId, Instant occurredAt, String unitCode, boolean enabled,
                                    String provider, LocalDate since) implements PaymentEvent {

    @Override
    public String key() {
        return "account/" + unitCode;
    }
}
