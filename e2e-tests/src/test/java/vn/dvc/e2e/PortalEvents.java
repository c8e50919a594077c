package vn.dvc.e2e;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

/** Dossier events as a portal sends them, at local times, for tests that build a unit's weeks by hand. */
final class PortalEvents {

    static final ZoneId LOCAL = ZoneId.of("Asia/Ho_Chi_Minh");

    private PortalEvents() {
    }

    /** The event {@code <dossier>.<step>}; add the opening fields to it where it opens the dossier. */
    static Map<String, Object> event(String dossier, String step, String status, LocalDateTime time) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("eventId", dossier + "." + step);
        event.put("dossierId", dossier);
        event.put("status", status);
        event.put("occurredAt", at(time));
        return event;
    }

    /** The event with more fields (those that open a dossier, a flag). */
    static Map<String, Object> event(String dossier, String step, String status, LocalDateTime time, Map<String, Object> more) {
        Map<String, Object> event = event(dossier, step, status, time);
        event.putAll(more);
        return event;
    }

    static String at(LocalDateTime time) {
        return time.atZone(LOCAL).toOffsetDateTime().toString();
    }
}
