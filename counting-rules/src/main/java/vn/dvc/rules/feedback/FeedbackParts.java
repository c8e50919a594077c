package vn.dvc.rules.feedback;

import java.time.LocalDate;
import java.util.List;
import vn.dvc.rules.Ratio;
import vn.dvc.rules.time.WorkingCalendar;

/**
 * Counting rules v1, "Decision 766 score", the two feedback parts, over the items first received in {@code [from, to)}
 * and as they stand at the end of the period's last day:
 * <ul>
 *   <li>feedback on time: items that kept every time limit ({@link FeedbackTimeliness}) — handled in time, or still
 *       open within time ÷ items;</li>
 *   <li>feedback satisfaction: items less those with more dislikes than likes, those late, and those raised again as
 *       unsatisfied (each item taken away once) ÷ items.</li>
 * </ul>
 */
public final class FeedbackParts {

    private FeedbackParts() {
    }

    public static Ratio onTime(List<FeedbackItem> items, LocalDate from, LocalDate to, WorkingCalendar calendar) {
        List<FeedbackItem> received = receivedIn(items, from, to);
        long inTime = received.stream().filter(item -> FeedbackTimeliness.inTime(item, to.minusDays(1), calendar)).count();
        return Ratio.of(inTime, received.size());
    }

    public static Ratio satisfaction(List<FeedbackItem> items, LocalDate from, LocalDate to, WorkingCalendar calendar) {
        List<FeedbackItem> received = receivedIn(items, from, to);
        long satisfied = received.stream().filter(item -> item.dislikes() <= item.likes() && !item.reRaised()
                && FeedbackTimeliness.inTime(item, to.minusDays(1), calendar)).count();
        return Ratio.of(satisfied, received.size());
    }

    private static List<FeedbackItem> receivedIn(List<FeedbackItem> items, LocalDate from, LocalDate to) {
        return items.stream().filter(item -> !item.receivedDay().isBefore(from) && item.receivedDay().isBefore(to)).toList();
    }
}
