package vn.dvc.rules;

/**
 * K4, {@code REPORT_COMPLETION} (docs/counting-rules.md, indicator 4 "also completion"; counting rules v1 "Reports"): reports
 * submitted / reports due in the period.
 */
public final class ReportCompletion extends ShareInPeriod {

    public static final String CODE = "REPORT_COMPLETION";

    public ReportCompletion() {
        super(CODE, Measure.REPORTS_SUBMITTED, Measure.REPORTS_EXPECTED);
    }
}
