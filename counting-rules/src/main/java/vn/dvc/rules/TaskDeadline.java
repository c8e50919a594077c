package vn.dvc.rules;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * When a campaign task is due (docs/counting-rules.md, "Campaign tasks"), in local time (Asia/Ho_Chi_Minh):
 * <ul>
 *   <li>{@code DATE}: by the end of {@code day} (23:59:59);</li>
 *   <li>{@code DATE_TIME}: by {@code day} at {@code time};</li>
 *   <li>{@code ONGOING}: from {@code from} on, never due;</li>
 *   <li>{@code RECURRING}: an occurrence every {@code every} from {@code from} until before {@code until}, each due
 *       on its own day at {@code time} (23:59:59 when none).</li>
 * </ul>
 * A one-off task has one occurrence, keyed {@code ""}; a recurring one's occurrences are keyed by their day.
 */
public record TaskDeadline(Kind kind, LocalDate day, LocalTime time, LocalDate from, LocalDate until, Period every) {

    public static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);
    /** The one occurrence of a task that does not recur. */
    public static final String SINGLE = "";

    public enum Kind { DATE, DATE_TIME, ONGOING, RECURRING }

    /** One obligation's deadline: {@code due} is null for an ongoing task. */
    public record Occurrence(String key, LocalDateTime due) {
    }

    /**
     * The occurrences an assignee owes as of {@code at}: every one due by then, and the next one still to come; a
     * one-off task's single occurrence whenever it is due.
     */
    public List<Occurrence> occurrencesAsOf(LocalDateTime at) {
        return switch (kind) {
            case DATE -> List.of(new Occurrence(SINGLE, day.atTime(END_OF_DAY)));
            case DATE_TIME -> List.of(new Occurrence(SINGLE, day.atTime(time)));
            case ONGOING -> List.of(new Occurrence(SINGLE, null));
            case RECURRING -> recurrencesAsOf(at);
        };
    }

    /** Whether the task has an occurrence of this key. */
    public boolean hasOccurrence(String key) {
        if (kind != Kind.RECURRING) {
            return SINGLE.equals(key);
        }
        LocalDate day;
        try {
            day = LocalDate.parse(key);
        } catch (DateTimeParseException notADay) {
            return false;
        }
        return day.isBefore(until) && recurrencesAsOf(day.atStartOfDay()).stream().anyMatch(o -> o.key().equals(key));
    }

    private List<Occurrence> recurrencesAsOf(LocalDateTime at) {
        List<Occurrence> occurrences = new ArrayList<>();
        LocalTime dueTime = time == null ? END_OF_DAY : time;
        int index = 0;
        for (LocalDate occurrence = from; occurrence.isBefore(until); occurrence = from.plus(every.multipliedBy(++index))) {
            LocalDateTime due = occurrence.atTime(dueTime);
            occurrences.add(new Occurrence(occurrence.toString(), due));
            if (due.isAfter(at)) {
                break;
            }
        }
        return occurrences;
    }
}
