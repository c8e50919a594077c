package vn.dvc.reporting.reminders;

import java.time.Instant;

/** A delivery as listed: what was sent to whom by which channel — the message's subject, never the contacts. */
public record DeliveryView(long id, String unit, String type, String slot, String channel, String status, String subject,
                           int attempts, String lastError, Instant createdAt, Instant sentAt) {

    static DeliveryView of(Delivery delivery) {
        return new DeliveryView(delivery.id(), delivery.unitCode(), delivery.type(), delivery.slot(), delivery.channel(),
                delivery.status(), delivery.subject(), delivery.attempts(), delivery.lastError(), delivery.createdAt(),
                delivery.sentAt());
    }
}
