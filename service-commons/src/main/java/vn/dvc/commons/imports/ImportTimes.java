package vn.dvc.commons.imports;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;
import vn.dvc.commons.web.PortalTime;

/**
 * The times an office's exports hold, read as one instant: {@code dd/MM/yyyy HH:mm[:ss]} and {@code dd/MM/yyyy}
 * (Vietnamese spreadsheets), the national portal's {@code yyyyMMddHHmmss}, and ISO-8601 with or without an offset.
 * Times without an offset are local to Asia/Ho_Chi_Minh; a day alone is its first moment. Impossible days (31/02) are
 * refused, never rolled over.
 */
public final class ImportTimes {

    private static final List<DateTimeFormatter> LOCAL_TIMES = List.of(
            DateTimeFormatter.ofPattern("d/M/uuuu H:mm:ss").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d/M/uuuu H:mm").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d-M-uuuu H:mm:ss").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d-M-uuuu H:mm").withResolverStyle(ResolverStyle.STRICT));
    private static final List<DateTimeFormatter> DAYS = List.of(
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT));

    private ImportTimes() {
    }

    /** The instant as ISO-8601 with the +07:00 offset, or empty when the text is no time of these forms. */
    public static Optional<OffsetDateTime> parse(String text) {
        if (text == null || text.isBlank() || text.length() > 40) {
            return Optional.empty();
        }
        String trimmed = text.trim();
        for (DateTimeFormatter format : LOCAL_TIMES) {
            try {
                return Optional.of(LocalDateTime.parse(trimmed, format).atZone(PortalTime.LOCAL_ZONE).toOffsetDateTime());
            } catch (DateTimeParseException notThisOne) {
                // the next form
            }
        }
        for (DateTimeFormatter format : DAYS) {
            try {
                return Optional.of(LocalDate.parse(trimmed, format).atStartOfDay(PortalTime.LOCAL_ZONE).toOffsetDateTime());
            } catch (DateTimeParseException notThisOne) {
                // the next form
            }
        }
        return PortalTime.parse(trimmed).map(instant -> instant.atZone(PortalTime.LOCAL_ZONE).toOffsetDateTime());
    }
}
