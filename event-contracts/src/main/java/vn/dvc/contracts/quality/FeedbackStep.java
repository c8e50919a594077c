package vn.dvc.contracts.quality;

/** What is done with a feedback item: moved to another unit, refused, a supplement asked for, answered, its answer made public. */
public enum FeedbackStep {
    TRANSFERRED, REFUSED, SUPPLEMENT_REQUESTED, HANDLED, PUBLISHED
}
