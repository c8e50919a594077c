package vn.dvc.reporting.rules;

import java.time.Instant;
import java.time.LocalTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dvc.rules.time.PortalTime;

/**
 * When a period instance's report is due, counted from the period's last local day: {@code 15D} = by the end of the
 * 15th day after it (GRIS: quarter + 15 days); {@code 0D@17:00} = on the last day, before 17:00 (the steering report
 * every 2 days). Local time, Asia/Ho_Chi_Minh.
 */
public record DueRule(int daysAfterLastDay, LocalTime at) {

    private static final Pattern FORMAT = Pattern.compile("(\\d{1,3})D(?:@([01]\\d|2[0-3]):([0-5]\\d))?");

    public static Optional<DueRule> parse(String text) {
        Matcher matcher = text == null ? null : FORMAT.matcher(text.trim());
        if (matcher == null || !matcher.matches()) {
            return Optional.empty();
        }
        LocalTime at = matcher.group(2) == null ? null
                : LocalTime.of(Integer.parseInt(matcher.group(2)), Integer.parseInt(matcher.group(3)));
        return Optional.of(new DueRule(Integer.parseInt(matcher.group(1)), at));
    }

    public Instant deadlineOf(PeriodInstance instance) {
        var day = instance.lastDay().plusDays(daysAfterLastDay);
        var local = at == null ? day.plusDays(1).atStartOfDay() : day.atTime(at);
        return local.atZone(PortalTime.LOCAL_ZONE).toInstant();
    }

    @Override
    public String toString() {
        return daysAfterLastDay + "D" + (at == null ? "" : "@" + at);
    }
}
