package vn.dvc.rules;

/**
 * {@code FEEDBACK_SATISFACTION} (docs/counting-rules.md, "Decision 766 score", the feedback parts): feedback items
 * first received in the period less those with more dislikes than likes, those late and those raised again as
 * unsatisfied ÷ those items ({@link vn.dvc.rules.feedback.FeedbackParts#satisfaction}).
 */
public final class FeedbackSatisfaction extends NamedRule {

    public static final String CODE = "FEEDBACK_SATISFACTION";

    public FeedbackSatisfaction() {
        super(CODE);
    }

    @Override
    public boolean readsFeedback() {
        return true;
    }

    @Override
    public Figure compute(Sums sums) {
        return Figure.ratio(sums.feedback().satisfaction());
    }
}
