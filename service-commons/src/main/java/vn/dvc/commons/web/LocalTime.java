package vn.dvc.commons.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import vn.dvc.rules.time.PortalTime;

/** Times shown to people as the province reads them: ISO-8601 at +07:00. */
public final class LocalTime {

    private LocalTime() {
    }

    public static OffsetDateTime of(Instant instant) {
        return instant == null ? null : instant.atZone(PortalTime.LOCAL_ZONE).toOffsetDateTime();
    }
}
