package vn.dvc.rules;

import vn.dvc.rules.feedback.FeedbackCounts;

/**
 * {@code FEEDBACK_SATISFACTION} (docs/counting-rules.md, "Decision 766 score", the feedback parts): feedback items
 * first received in the period less those with more dislikes than likes, those late and those raised again as
 * unsatisfied ÷ those items ({@link vn.dvc.rules.feedback.FeedbackParts#satisfaction}).
 */
public final class FeedbackSatisfaction extends FeedbackShare {

    public static final String CODE = "FEEDBACK_SATISFACTION";

    public FeedbackSatisfaction() {
        super(CODE, FeedbackCounts::satisfaction);
    }
}
