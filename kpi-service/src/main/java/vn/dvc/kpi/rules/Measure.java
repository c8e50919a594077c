package vn.dvc.kpi.rules;

/** A counter kept per unit and local day in the summary rows. Indicators are ratios of sums of measures. */
public enum Measure {
    /** Dossiers received that day (counting rules v1, "Received"). */
    RECEIVED,
    /** Of those, received through the online channel. */
    RECEIVED_ONLINE
}
