package vn.dvc.dossier.service;

import java.time.Instant;

/** One flagged event of a dossier. */
public record Anomaly(AnomalyKind kind, String eventId, Instant occurredAt) {
}
