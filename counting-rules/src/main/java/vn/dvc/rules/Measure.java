package vn.dvc.rules;

/**
 * A counter kept per unit and local day in the summary rows (counting rules v1). Flows are summed over a period;
 * the stocks at a period's end (open, overdue) are what came in before it minus what went out before it.
 */
public enum Measure {
    /** Dossiers received that day ("Received"). */
    RECEIVED,
    /** Of those, received through the online channel. */
    RECEIVED_ONLINE,
    /** Of those, with digitised inputs (at receipt or later). */
    RECEIVED_DIGITISED,
    /** Of those, with a fee or charge to pay. */
    RECEIVED_FEE_BEARING,
    /** Of the fee-bearing, those with a successful online payment ("Payments"). */
    RECEIVED_FEE_PAID_ONLINE,
    /**
     * Of those, with a component re-used from data digitised before, with one from the citizen's national data store,
     * with resident data used (the Decision 766 digitisation parts).
     */
    RECEIVED_DATA_REUSED,
    RECEIVED_FROM_PERSONAL_STORE,
    RECEIVED_RESIDENT_DATA,
    /** Received dossiers that ended that day, resolved or not ("End"): with RECEIVED, the open stock. */
    ENDED,
    /** Dossiers resolved that day. */
    RESOLVED,
    RESOLVED_EARLY,
    RESOLVED_ON_TIME,
    RESOLVED_LATE,
    /** Resolved with an electronic result. */
    RESOLVED_E_RESULT,
    /** Resolved late, with a compliant apology letter ("Apology compliance"). */
    RESOLVED_LATE_APOLOGISED,
    /**
     * Resolved early or on time, neither rated "không hài lòng" nor the subject of a feedback item (the Decision 766
     * procedure satisfaction part).
     */
    RESOLVED_SATISFYING,
    /** Open dossiers whose due time in force fell that day: they are overdue from the next midnight. */
    OVERDUE_FROM,
    /** Overdue dossiers that ended that day. */
    OVERDUE_UNTIL,
    OVERDUE_FROM_APOLOGISED,
    OVERDUE_UNTIL_APOLOGISED,
    /** Reports due that day ("Reports": expected), and of those the submitted, on-time and online ones. */
    REPORTS_EXPECTED,
    REPORTS_SUBMITTED,
    REPORTS_ON_TIME,
    REPORTS_ONLINE,
    /** Successful online payments made that day, and their amount in whole VND. */
    PAYMENTS,
    PAYMENT_AMOUNT_VND
}
