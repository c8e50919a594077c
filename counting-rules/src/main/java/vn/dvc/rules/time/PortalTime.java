package vn.dvc.rules.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

/**
 * Times as portals send them (README, "Dossier intake"): ISO-8601 with an offset, or without one meaning local time,
 * Asia/Ho_Chi_Minh; also the national portal's {@code yyyyMMddHHmmss}, local. Stored as UTC instants.
 */
public final class PortalTime {

    public static final ZoneId LOCAL_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    // strict: 20220231… is no day, never 28 February
    private static final DateTimeFormatter NATIONAL_PORTAL = DateTimeFormatter.ofPattern("uuuuMMddHHmmss")
            .withResolverStyle(ResolverStyle.STRICT);

    private PortalTime() {
    }

    /** Counting rules v1, "Days": the local day (Asia/Ho_Chi_Minh) an instant falls on; null stays null. */
    public static LocalDate localDay(Instant instant) {
        return instant == null ? null : instant.atZone(LOCAL_ZONE).toLocalDate();
    }

    public static Optional<Instant> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String value = text.trim();
        try {
            if (value.matches("\\d{14}")) {
                return Optional.of(LocalDateTime.parse(value, NATIONAL_PORTAL).atZone(LOCAL_ZONE).toInstant());
            }
            return Optional.of(OffsetDateTime.parse(value).toInstant());
        } catch (DateTimeParseException withoutOffset) {
            try {
                return Optional.of(LocalDateTime.parse(value).atZone(LOCAL_ZONE).toInstant());
            } catch (DateTimeParseException notATime) {
                return Optional.empty();
            }
        }
    }
}
