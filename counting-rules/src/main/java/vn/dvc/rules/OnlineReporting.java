package vn.dvc.rules;

/**
 * K4, {@code ONLINE_REPORTING} (docs/counting-rules.md, indicator 4 "Online reporting"; counting rules v1 "Reports"): reports
 * submitted through an online system / reports due in the period. Target 50%.
 */
public final class OnlineReporting extends ShareInPeriod {

    public static final String CODE = "ONLINE_REPORTING";

    public OnlineReporting() {
        super(CODE, Measure.REPORTS_ONLINE, Measure.REPORTS_EXPECTED);
    }
}
