package vn.dvc.reporting.rules;

/**
 * What a unit may be reminded of (docs/operations.md, "Reminders"): dossiers due by the end of the next working day
 * with no apology letter yet, dossiers past due, the plan's tasks due soon or overdue, reports due within two days and
 * not sent, and the unit's sources gone quiet; and, for the province's ops contacts (asked for by name, never by
 * default), what happened to the suite's own work: pushes to the measurement system given up, bulletins made.
 */
public enum ReminderKind {
    NEAR_DUE, OVERDUE, TASKS, REPORTS, QUIET_SOURCES, OPERATIONS;

    /** What a subscription that names no kind gets: everything a unit acts on. */
    public static java.util.Set<ReminderKind> unitKinds() {
        return java.util.EnumSet.complementOf(java.util.EnumSet.of(OPERATIONS));
    }
}
