package vn.dvc.dossier.service;

import java.time.Instant;

/** A portal event as the state rules read it: parsed, with its time as an instant. */
public record RecordedEvent(String eventId, DossierStatus status, Instant occurredAt, String unitCode,
                            String serviceCode, String channel) {
}
