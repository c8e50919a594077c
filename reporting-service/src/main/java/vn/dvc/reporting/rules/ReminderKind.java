package vn.dvc.reporting.rules;

/**
 * What a unit may be reminded of (docs/operations.md, "Reminders"): dossiers due by the end of the next working day
 * with no apology letter yet, dossiers past due, the plan's tasks due soon or overdue, reports due within two days and
 * not sent, and the unit's sources gone quiet.
 */
public enum ReminderKind {
    NEAR_DUE, OVERDUE, TASKS, REPORTS, QUIET_SOURCES
}
