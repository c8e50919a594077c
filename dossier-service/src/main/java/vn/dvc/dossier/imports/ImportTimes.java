package vn.dvc.dossier.imports;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;
import vn.dvc.rules.time.PortalTime;

/**
 * The times an office's exports hold, read as one instant: {@code dd/MM/yyyy HH:mm[:ss]} and {@code dd/MM/yyyy}
 * (Vietnamese spreadsheets), the national portal's {@code yyyyMMddHHmmss}, and ISO-8601 with or without an offset.
 * Times without an offset are local to Asia/Ho_Chi_Minh; a day alone is its first moment. Impossible days (31/02) are
 * refused, never rolled over.
 */
public final class ImportTimes {

    private static final DateTimeFormatter SLASH_SECONDS = strict("d/M/uuuu H:mm:ss");
    private static final DateTimeFormatter SLASH_MINUTES = strict("d/M/uuuu H:mm");
    private static final DateTimeFormatter SLASH_DAY = strict("d/M/uuuu");
    private static final DateTimeFormatter DASH_SECONDS = strict("d-M-uuuu H:mm:ss");
    private static final DateTimeFormatter DASH_MINUTES = strict("d-M-uuuu H:mm");
    private static final DateTimeFormatter DASH_DAY = strict("d-M-uuuu");

    private ImportTimes() {
    }

    private static DateTimeFormatter strict(String pattern) {
        return DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT);
    }

    /** The instant as ISO-8601 with the +07:00 offset, or empty when the text is no time of these forms. */
    public static Optional<OffsetDateTime> parse(String text) {
        if (text == null || text.isBlank() || text.length() > 40) {
            return Optional.empty();
        }
        String trimmed = text.trim();
        // the form is told by its shape, so that a million cells cost one parse each, not a failed try per form
        boolean slash = trimmed.indexOf('/') > 0;
        boolean dayFirstDash = !slash && trimmed.length() >= 8 && trimmed.indexOf('-') > 0 && trimmed.indexOf('-') <= 2;
        if (slash || dayFirstDash) {
            int colons = (int) trimmed.chars().filter(c -> c == ':').count();
            DateTimeFormatter format = switch (colons) {
                case 0 -> slash ? SLASH_DAY : DASH_DAY;
                case 1 -> slash ? SLASH_MINUTES : DASH_MINUTES;
                default -> slash ? SLASH_SECONDS : DASH_SECONDS;
            };
            try {
                return Optional.of(colons == 0
                        ? LocalDate.parse(trimmed, format).atStartOfDay(PortalTime.LOCAL_ZONE).toOffsetDateTime()
                        : LocalDateTime.parse(trimmed, format).atZone(PortalTime.LOCAL_ZONE).toOffsetDateTime());
            } catch (DateTimeParseException noSuchTime) {
                return Optional.empty();
            }
        }
        return PortalTime.parse(trimmed).map(instant -> instant.atZone(PortalTime.LOCAL_ZONE).toOffsetDateTime());
    }
}
