package vn.dvc.dossier.model;

import java.time.OffsetDateTime;

/** One flagged event, with the label an officer reads. */
public record AnomalyItem(String dossierId, String unitCode, String kind, String label, String eventId,
                          OffsetDateTime occurredAt) {
}
