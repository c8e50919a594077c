package vn.dvc.reporting.rules;

import java.util.Collection;
import vn.dvc.rules.Ratio;

/**
 * docs/counting-rules.md, counting rules v1 "Reports" (DHIS2's reporting rate): expected = the reports assigned units owe for the
 * period instances whose deadline falls in the period; completion = submitted / expected; timeliness = submitted by
 * the deadline / expected; online = submitted through an online system / expected.
 */
public record ReportingRate(long expected, long submitted, long onTime, long online) {

    public static final ReportingRate NONE = new ReportingRate(0, 0, 0, 0);

    public static ReportingRate of(Collection<ReportState> expectedReports) {
        return new ReportingRate(expectedReports.size(),
                expectedReports.stream().filter(ReportState::submitted).count(),
                expectedReports.stream().filter(ReportState::onTime).count(),
                expectedReports.stream().filter(ReportState::online).count());
    }

    public ReportingRate plus(ReportingRate other) {
        return new ReportingRate(expected + other.expected, submitted + other.submitted, onTime + other.onTime,
                online + other.online);
    }

    public Ratio completion() {
        return Ratio.of(submitted, expected);
    }

    public Ratio timeliness() {
        return Ratio.of(onTime, expected);
    }

    public Ratio onlineShare() {
        return Ratio.of(online, expected);
    }
}
