package vn.dvc.rules.feedback;

import java.time.LocalDate;
import vn.dvc.contracts.quality.FeedbackStep;
import vn.dvc.rules.feedback.FeedbackItem.Step;
import vn.dvc.rules.time.PortalTime;
import vn.dvc.rules.time.WorkingCalendar;

/**
 * Counting rules v1, "Decision 766 score", feedback on time: an item is handled within 15 working days of its receipt
 * or latest transfer, refused within 2, its first supplement request made within 5, and its answer made public within
 * 2 working days of the answer; an item still open is in time while its 15 working days have not run out. Days are
 * local; a step on the last allowed day is in time.
 */
public final class FeedbackTimeliness {

    static final int HANDLING_DAYS = 15;
    static final int REFUSAL_DAYS = 2;
    static final int FIRST_SUPPLEMENT_DAYS = 5;
    static final int PUBLICATION_DAYS = 2;

    private FeedbackTimeliness() {
    }

    /** Whether the item, as it stands at the end of {@code asOf}, has kept every time limit so far. */
    public static boolean inTime(FeedbackItem item, LocalDate asOf, WorkingCalendar calendar) {
        LocalDate start = item.clockStartDay();
        boolean supplementInTime = item.first(FeedbackStep.SUPPLEMENT_REQUESTED)
                .map(request -> within(request, start, FIRST_SUPPLEMENT_DAYS, calendar)).orElse(true);
        if (!supplementInTime) {
            return false;
        }
        Step ending = item.ending().filter(step -> !PortalTime.localDay(step.at()).isAfter(asOf)).orElse(null);
        if (ending == null) {
            return !asOf.isAfter(calendar.plusWorkingDays(start, HANDLING_DAYS));
        }
        if (ending.kind() == FeedbackStep.REFUSED) {
            return within(ending, start, REFUSAL_DAYS, calendar);
        }
        LocalDate answered = PortalTime.localDay(ending.at());
        // an answer not (yet) made public is not held against the item: the rule bounds a publication that happens
        boolean publishedInTime = item.first(FeedbackStep.PUBLISHED)
                .map(published -> within(published, answered, PUBLICATION_DAYS, calendar)).orElse(true);
        return within(ending, start, HANDLING_DAYS, calendar) && publishedInTime;
    }

    private static boolean within(Step step, LocalDate start, int workingDays, WorkingCalendar calendar) {
        return !PortalTime.localDay(step.at()).isAfter(calendar.plusWorkingDays(start, workingDays));
    }
}
