package vn.dvc.contracts.dossier;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;

/**
 * The state of one dossier after dossier-service accepted one more of its events, on {@code dossier-events}
 * (key = dossier id). dossier-service derives the state from all the dossier's events sorted by their own time, so
 * a consumer keeps the snapshot with the highest {@code version} and never needs the events themselves.
 *
 * @param eventId       unique id of this record (consumers dedupe on it)
 * @param occurredAt    when dossier-service accepted the triggering event
 * @param dossierId     the dossier
 * @param version       number of distinct events known for the dossier; grows with every accepted event
 * @param sourceEventId the portal event that produced this snapshot
 * @param unitCode      the unit responsible for the dossier
 * @param serviceCode   the service (procedure) of the dossier
 * @param channel       {@code ONLINE}, {@code DIRECT} or {@code POSTAL}, as first seen
 * @param status        the latest status by event time
 * @param receivedAt    time of the {@code RECEIVED} event; null while the dossier is not received
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DossierStateChanged(String eventId, Instant occurredAt, String dossierId, long version,
                                  String sourceEventId, String unitCode, String serviceCode, String channel,
                                  String status, Instant receivedAt) {
}
