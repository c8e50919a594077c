package vn.dvc.rules.feedback;

import java.time.LocalDate;
import java.util.List;
import vn.dvc.rules.Ratio;
import vn.dvc.rules.time.WorkingCalendar;

/** The two feedback parts' ratios over a scope's items first received in a period ({@link FeedbackParts}). */
public record FeedbackCounts(Ratio onTime, Ratio satisfaction) {

    public static final FeedbackCounts NONE = new FeedbackCounts(Ratio.of(0, 0), Ratio.of(0, 0));

    public static FeedbackCounts of(List<FeedbackItem> items, LocalDate from, LocalDate to, WorkingCalendar calendar) {
        return new FeedbackCounts(FeedbackParts.onTime(items, from, to, calendar),
                FeedbackParts.satisfaction(items, from, to, calendar));
    }
}
