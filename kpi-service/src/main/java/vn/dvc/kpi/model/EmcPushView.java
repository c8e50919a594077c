package vn.dvc.kpi.model;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One delivery to the measurement system: what it carries (a unit's indicators for a period, as of a slot), its
 * attempts and the receiver's latest answer.
 *
 * @param status           {@code QUEUED} (waiting for its next attempt), {@code DELIVERED} (a 2xx answer) or
 *                         {@code FAILED} (not accepted within the give-up time)
 * @param lastHttpStatus   the receiver's latest status code; null when it never answered
 * @param lastAnswer       the start of its latest answer, or why there was none (timeout, refused connection)
 */
public record EmcPushView(long id, String idempotencyKey, Instant slot, String unitCode, LocalDate from, LocalDate to,
                          String status, int attempts, Instant nextAttemptAt, Instant lastAttemptAt,
                          Integer lastHttpStatus, String lastAnswer, Instant createdAt, Instant giveUpAt,
                          Instant deliveredAt) {
}
