package vn.dvc.reporting.model;

/** How a report was submitted: through an online system, or on paper. */
public enum SubmissionChannel {
    ONLINE, PAPER
}
