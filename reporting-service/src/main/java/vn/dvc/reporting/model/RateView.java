package vn.dvc.reporting.model;

import vn.dvc.reporting.rules.ReportingRate;
import vn.dvc.rules.Ratio;

/** A reporting rate as served: the counts, and completion, timeliness and online share as ratios of expected. */
public record RateView(long expected, long submitted, long onTime, long online, Ratio completion, Ratio timeliness,
                       Ratio onlineShare) {

    public static RateView of(ReportingRate rate) {
        return new RateView(rate.expected(), rate.submitted(), rate.onTime(), rate.online(), rate.completion(),
                rate.timeliness(), rate.onlineShare());
    }
}
