package vn.dvc.kpi.tasks;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import vn.dvc.kpi.model.TaskListRequest;
import vn.dvc.problem.Violation;
import vn.dvc.rules.TaskDeadline.Kind;
import vn.dvc.rules.TaskDeadline;

/** A task's deadline read from a request, each missing or malformed part named; and told in Vietnamese. */
final class TaskDeadlines {

    private TaskDeadlines() {
    }

    /** The deadline, or null with the violations added under {@code field}. */
    static TaskDeadline read(TaskListRequest.Deadline given, String field, List<Violation> violations) {
        Kind kind;
        try {
            kind = Kind.valueOf(given.kind().trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            violations.add(new Violation(field + ".kind", "'" + given.kind() + "' is not one of DATE, DATE_TIME, ONGOING, RECURRING"));
            return null;
        }
        int before = violations.size();
        LocalDate day = kind == Kind.DATE || kind == Kind.DATE_TIME ? day(given.day(), field + ".day", violations) : null;
        LocalTime time = kind == Kind.DATE_TIME || (kind == Kind.RECURRING && given.time() != null)
                ? time(given.time(), field + ".time", violations) : null;
        LocalDate from = kind == Kind.ONGOING || kind == Kind.RECURRING ? day(given.from(), field + ".from", violations) : null;
        LocalDate until = kind == Kind.RECURRING ? day(given.until(), field + ".until", violations) : null;
        Period every = kind == Kind.RECURRING ? period(given.every(), field + ".every", violations) : null;
        if (from != null && until != null && !from.isBefore(until)) {
            violations.add(new Violation(field + ".until", "must be after from"));
        }
        return violations.size() > before ? null : new TaskDeadline(kind, day, time, from, until, every);
    }

    /** e.g. "Trước 23:59 ngày 06/6/2022", "Thường xuyên, từ ngày 01/6/2022", "Định kỳ P2D từ 01/6/2022 đến 31/8/2022, trước 17:00". */
    static String text(TaskDeadline deadline) {
        return switch (deadline.kind()) {
            case DATE -> "Trước 23:59 ngày " + vietnamese(deadline.day());
            case DATE_TIME -> "Trước " + deadline.time() + " ngày " + vietnamese(deadline.day());
            case ONGOING -> "Thường xuyên, từ ngày " + vietnamese(deadline.from());
            case RECURRING -> "Định kỳ " + everyText(deadline.every()) + " từ " + vietnamese(deadline.from()) + " đến "
                    + vietnamese(deadline.until().minusDays(1)) + ", trước "
                    + (deadline.time() == null ? "23:59" : deadline.time().toString()) + " mỗi kỳ";
        };
    }

    private static String everyText(Period every) {
        if (every.getMonths() > 0 && every.getDays() == 0 && every.getYears() == 0) {
            return every.getMonths() == 1 ? "hằng tháng" : every.getMonths() + " tháng/lần";
        }
        return every.getDays() == 1 ? "hằng ngày" : every.getDays() % 7 == 0 && every.getDays() > 0
                ? (every.getDays() == 7 ? "hằng tuần" : every.getDays() / 7 + " tuần/lần") : every.getDays() + " ngày/lần";
    }

    private static String vietnamese(LocalDate day) {
        return String.format("%02d/%d/%d", day.getDayOfMonth(), day.getMonthValue(), day.getYear());
    }

    private static LocalDate day(String text, String field, List<Violation> violations) {
        if (text == null || text.isBlank()) {
            violations.add(new Violation(field, "is required for this kind of deadline (a day, e.g. 2022-06-06)"));
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException malformed) {
            violations.add(new Violation(field, "'" + text + "' is not a day (yyyy-MM-dd)"));
            return null;
        }
    }

    private static LocalTime time(String text, String field, List<Violation> violations) {
        if (text == null || text.isBlank()) {
            violations.add(new Violation(field, "is required for this kind of deadline (a local time, e.g. 17:00)"));
            return null;
        }
        try {
            return LocalTime.parse(text.trim());
        } catch (DateTimeParseException malformed) {
            violations.add(new Violation(field, "'" + text + "' is not a time (HH:mm)"));
            return null;
        }
    }

    private static Period period(String text, String field, List<Violation> violations) {
        try {
            Period every = Period.parse(text == null ? "" : text.trim());
            if (every.isNegative() || every.isZero() || (every.getMonths() > 0 || every.getYears() > 0) && every.getDays() > 0) {
                violations.add(new Violation(field, "must be a positive number of days, weeks or months (P2D, P1W, P1M)"));
                return null;
            }
            return every;
        } catch (DateTimeParseException malformed) {
            violations.add(new Violation(field, "'" + text + "' is not an ISO-8601 period (P2D, P1W, P1M)"));
            return null;
        }
    }
}
