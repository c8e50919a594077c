package vn.dvc.rules;

/**
 * K4, {@code REPORT_TIMELINESS} (docs/counting-rules.md, indicator 4 "timeliness"; counting rules v1 "Reports"): reports
 * submitted by their deadline / reports due in the period.
 */
public final class ReportTimeliness extends ShareInPeriod {

    public static final String CODE = "REPORT_TIMELINESS";

    public ReportTimeliness() {
        super(CODE, Measure.REPORTS_ON_TIME, Measure.REPORTS_EXPECTED);
    }
}
