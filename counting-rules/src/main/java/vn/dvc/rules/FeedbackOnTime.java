package vn.dvc.rules;

import vn.dvc.rules.feedback.FeedbackCounts;

/**
 * {@code FEEDBACK_ON_TIME} (docs/counting-rules.md, "Decision 766 score", the feedback parts): feedback items first
 * received in the period that kept every time limit — handled in time, or still open within time at its end ÷ those
 * items ({@link vn.dvc.rules.feedback.FeedbackParts#onTime}).
 */
public final class FeedbackOnTime extends FeedbackShare {

    public static final String CODE = "FEEDBACK_ON_TIME";

    public FeedbackOnTime() {
        super(CODE, FeedbackCounts::onTime);
    }
}
