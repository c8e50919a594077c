package vn.dvc.rules;

import java.util.function.Function;
import vn.dvc.rules.feedback.FeedbackCounts;

/** A rule whose figure is one of the feedback parts' ratios over the scope's items received in the period. */
abstract class FeedbackShare extends NamedRule {

    private final Function<FeedbackCounts, Ratio> part;

    FeedbackShare(String code, Function<FeedbackCounts, Ratio> part) {
        super(code);
        this.part = part;
    }

    @Override
    public boolean readsFeedback() {
        return true;
    }

    @Override
    public Figure compute(Sums sums) {
        return Figure.ratio(part.apply(sums.feedback()));
    }
}
