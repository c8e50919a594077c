package vn.dvc.dossier.service;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * Derives a dossier's state from the set of its events (domain.md, "Dossier lifecycle" and counting rules v1,
 * "Received"): events sorted by their own time, ties broken by lifecycle order and then event id, so the same set
 * always gives the same state whatever order it arrived in.
 * <ul>
 *   <li>unit, service and channel: as given when the dossier was first seen;</li>
 *   <li>received: the time of the first {@code RECEIVED} event; a dossier without one is not received;</li>
 *   <li>status: that of the last event.</li>
 * </ul>
 */
public final class DossierStateRules {

    static final Comparator<RecordedEvent> EVENT_ORDER = Comparator.comparing(RecordedEvent::occurredAt)
            .thenComparing(RecordedEvent::status)
            .thenComparing(RecordedEvent::eventId);

    private DossierStateRules() {
    }

    public static DossierState fold(List<RecordedEvent> events) {
        List<RecordedEvent> ordered = events.stream().sorted(EVENT_ORDER).toList();
        String unitCode = null;
        String serviceCode = null;
        String channel = null;
        Instant receivedAt = null;
        DossierStatus status = null;
        for (RecordedEvent event : ordered) {
            unitCode = unitCode == null ? event.unitCode() : unitCode;
            serviceCode = serviceCode == null ? event.serviceCode() : serviceCode;
            channel = channel == null ? event.channel() : channel;
            if (receivedAt == null && event.status() == DossierStatus.RECEIVED) {
                receivedAt = event.occurredAt();
            }
            status = event.status();
        }
        return new DossierState(unitCode, serviceCode, channel, status, receivedAt, ordered.size());
    }

    /** The state of one dossier; {@code version} is the number of its distinct events. */
    public record DossierState(String unitCode, String serviceCode, String channel, DossierStatus status,
                               Instant receivedAt, long version) {
    }
}
