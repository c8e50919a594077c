package vn.dvc.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * What a report obligation adds to the summary rows (docs/counting-rules.md, counting rules v1 "Reports", DHIS2's reporting
 * rate): it is expected on the local day of its deadline, for its unit; submitted, on time (submitted by the
 * deadline) and online (through an online system) on the same day. A withdrawn obligation counts nothing.
 */
public final class ReportContributions {

    private ReportContributions() {
    }

    public static List<Contribution> of(ReportFact report) {
        List<Contribution> contributions = new ArrayList<>();
        if (report == null || !report.expected()) {
            return contributions;
        }
        contributions.add(new Contribution(report.unitCode(), Measure.REPORTS_EXPECTED, report.deadlineDay(), 1));
        if (report.submitted()) {
            contributions.add(new Contribution(report.unitCode(), Measure.REPORTS_SUBMITTED, report.deadlineDay(), 1));
            if (report.onTime()) {
                contributions.add(new Contribution(report.unitCode(), Measure.REPORTS_ON_TIME, report.deadlineDay(), 1));
            }
            if (report.online()) {
                contributions.add(new Contribution(report.unitCode(), Measure.REPORTS_ONLINE, report.deadlineDay(), 1));
            }
        }
        return contributions;
    }

    public static List<Contribution> delta(ReportFact before, ReportFact after) {
        List<Contribution> delta = new ArrayList<>(of(after));
        of(before).forEach(old -> delta.add(old.negated()));
        return delta;
    }
}
