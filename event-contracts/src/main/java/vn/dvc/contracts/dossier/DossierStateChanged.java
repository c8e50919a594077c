package vn.dvc.contracts.dossier;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;
import vn.dvc.contracts.catalog.Tier;

/**
 * The state of one dossier after dossier-service accepted more of its events, on {@code dossier-events}
 * (key = dossier id). dossier-service derives the state from all the dossier's events sorted by their own time
 * (counting rules v1), so a consumer keeps the snapshot with the highest {@code version} and never needs the events
 * themselves: everything an indicator needs is here.
 *
 * @param eventId            unique id of this record (consumers dedupe on it)
 * @param occurredAt         when dossier-service accepted the triggering events
 * @param dossierId          the dossier
 * @param version            number of distinct events known for the dossier; grows with every accepted event
 * @param sourceEventId      the last portal event accepted into this snapshot
 * @param unitCode           the unit responsible for the dossier; null while no event named it
 * @param serviceCode        the service (procedure) of the dossier
 * @param channel            how the dossier came in, as first seen
 * @param status             the latest lifecycle status by event time
 * @param receivedAt         time of the {@code RECEIVED} event; null while the dossier is not received
 * @param acceptedEventIds   the portal events accepted into this snapshot (one request may bring several)
 * @param unitTier           tier of the responsible unit
 * @param receivedAtUnitCode the counter that took the dossier in, when it is not the responsible unit
 * @param submittedAt        time of the {@code SUBMITTED} event, if any
 * @param deadline           the due time in force and what moved it; null while no due time is known
 * @param ending             how and when the dossier ended; null while it is open
 * @param apology            the latest apology letter; null when none was issued
 * @param flags              digitised inputs, electronic result, fee required
 * @param acceptedEventTimes the portal's own times of {@code acceptedEventIds}, in the same order (a source's
 *                           freshness is read from them); empty from a producer that predates them
 * @param sourceKey          the id of the API key whose request brought the events (an import: the key that sent
 *                           the file); null when the request was not vouched for
 * @param anomalies          what the dossier's events, folded, flag (docs/counting-rules.md, "Dossier lifecycle")
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DossierStateChanged(String eventId, Instant occurredAt, String dossierId, long version,
                                  String sourceEventId, String unitCode, String serviceCode, Channel channel,
                                  DossierStatus status, Instant receivedAt, List<String> acceptedEventIds,
                                  Tier unitTier, String receivedAtUnitCode, Instant submittedAt,
                                  Deadline deadline, Ending ending, Apology apology, Flags flags,
                                  List<Instant> acceptedEventTimes, String sourceKey, List<Anomaly> anomalies) {

    public DossierStateChanged {
        acceptedEventTimes = acceptedEventTimes == null ? List.of() : acceptedEventTimes;
        anomalies = anomalies == null ? List.of() : anomalies;
    }

    /** A snapshot that does not say when its events happened nor who sent them. */
    public DossierStateChanged(String eventId, Instant occurredAt, String dossierId, long version,
                               String sourceEventId, String unitCode, String serviceCode, Channel channel,
                               DossierStatus status, Instant receivedAt, List<String> acceptedEventIds,
                               Tier unitTier, String receivedAtUnitCode, Instant submittedAt,
                               Deadline deadline, Ending ending, Apology apology, Flags flags) {
        this(eventId, occurredAt, dossierId, version, sourceEventId, unitCode, serviceCode, channel, status,
                receivedAt, acceptedEventIds, unitTier, receivedAtUnitCode, submittedAt, deadline, ending, apology,
                flags, List.of(), null, List.of());
    }

    /**
     * @param dueAt              the due time given at receipt
     * @param dueAtInForce       the due time after extensions and finished supplement pauses
     * @param clockStoppedSince  start of a supplement pause still running (the clock stands still); null otherwise
     * @param extensions         number of {@code EXTENDED} events
     * @param supplementRequests number of {@code SUPPLEMENT_REQUESTED} events before the end
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Deadline(Instant dueAt, Instant dueAtInForce, Instant clockStoppedSince, int extensions,
                           int supplementRequests) {
    }

    /**
     * @param closure    resolved, or how it ended without that
     * @param endedAt    the time of the ending event
     * @param timeliness for a resolved dossier with a due time; else null
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Ending(Closure closure, Instant endedAt, Timeliness timeliness) {
    }

    /**
     * @param issuedAt  when the latest apology letter was issued
     * @param newDueAt  the new promised time it carries; null when it carries none
     * @param compliant whether any apology was issued at least 24 hours before the due time then in force and
     *                  carried a new promised time
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Apology(Instant issuedAt, Instant newDueAt, boolean compliant) {
    }

    /**
     * @param kind       e.g. {@code RECEIVED_AFTER_END}
     * @param eventId    the portal event flagged
     * @param occurredAt that event's own time
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Anomaly(String kind, String eventId, Instant occurredAt) {
    }

    /**
     * What a dossier was marked with, besides its steps.
     *
     * @param dataReused        a component re-used from data digitised before
     * @param fromPersonalStore a component taken from the citizen's national data store
     * @param residentDataUsed  resident data used (VNeID account, the data store, the population database)
     * @param rating            the applicant's latest rating; null when none was given
     * @param feedbackRaised    a feedback item (phản ánh, kiến nghị) was raised about the dossier
     * @param electronicCertifiedCopy an electronic certified copy was made from an original for it
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Flags(boolean inputsDigitised, boolean electronicResult, boolean feeRequired, boolean dataReused,
                        boolean fromPersonalStore, boolean residentDataUsed, Rating rating, boolean feedbackRaised,
                        boolean electronicCertifiedCopy) {

        @JsonCreator
        public Flags {
        }

        /** The flags of a dossier none of whose components came from data held before, neither rated nor complained of. */
        public Flags(boolean inputsDigitised, boolean electronicResult, boolean feeRequired) {
            this(inputsDigitised, electronicResult, feeRequired, false, false, false, null, false, false);
        }
    }
}
