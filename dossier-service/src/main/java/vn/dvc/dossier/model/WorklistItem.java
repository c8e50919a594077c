package vn.dvc.dossier.model;

import java.time.OffsetDateTime;

/** An open dossier on an officer's worklist. */
public record WorklistItem(String dossierId, String unitCode, String serviceCode, String channel, String status,
                           OffsetDateTime receivedAt, OffsetDateTime dueAtInForce, long minutesPastDue) {
}
