package vn.dvc.kpi.model;

/** ACCEPTED (the first report of the obligation), UPDATED (a correction replaced it) or DUPLICATE, and where it stands. */
public record TaskReportOutcome(Outcome outcome, TaskBoard.Obligation obligation) {

    public enum Outcome { ACCEPTED, UPDATED, DUPLICATE }
}
