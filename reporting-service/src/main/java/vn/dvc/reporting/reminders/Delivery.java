package vn.dvc.reporting.reminders;

import java.time.Instant;

/** One message of a slot on one channel, as stored (table reminder_delivery). */
public record Delivery(long id, String unitCode, String type, String slot, String channel, String status, String subject,
                       String text, String html, String json, int attempts, Instant nextAttemptAt, String lastError,
                       Instant createdAt, Instant sentAt) {

    public static final String DIGEST = "DIGEST";
    public static final String URGENT = "URGENT";
    /** A digest slot with nothing to tell: kept so the day is not looked at again; nothing is sent. */
    public static final String NOTHING = "NOTHING";

    /** The same for every channel of the slot and every attempt: the receiver's deduplication key. */
    public String idempotencyKey() {
        return "reminder:" + unitCode + ":" + type + ":" + slot;
    }
}
