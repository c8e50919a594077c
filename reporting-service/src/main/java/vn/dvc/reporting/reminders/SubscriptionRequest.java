package vn.dvc.reporting.reminders;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A unit's reminder subscription. At least one channel: e-mail addresses of its office, or a "
        + "webhook (the province's chat bot or mail gateway).")
public record SubscriptionRequest(
        @Schema(description = "work addresses of the unit's office (at most 10); never shown to other units",
                examples = "[\"vanphong@dongphu.binhphuoc.gov.vn\"]") List<String> emails,
        @Schema(description = "https URL receiving a JSON POST per message, signed (X-DVC-Signature: sha256=<hex HMAC of "
                + "the body>) with webhookSecret, Idempotency-Key = the message's slot", examples = "https://bot.binhphuoc.gov.vn/dvc")
        String webhookUrl,
        @Schema(description = "the HMAC key of the webhook, 16–200 characters; stored, never shown back") String webhookSecret,
        @Schema(description = "kinds wanted: NEAR_DUE, OVERDUE, TASKS, REPORTS, QUIET_SOURCES, OPERATIONS (pushes given up, imports failed, bulletins made: for ops contacts); none = all but OPERATIONS") List<String> kinds,
        @Schema(description = "the digest's local time (Asia/Ho_Chi_Minh), working days only; default 07:30", examples = "07:30")
        String digestAt,
        @Schema(description = "tasks due within this many days are reminded of (0–30, default 3)", examples = "3")
        Integer taskDays) {
}
