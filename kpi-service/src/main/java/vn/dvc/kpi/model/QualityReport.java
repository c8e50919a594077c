package vn.dvc.kpi.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.dvc.rules.QualityCheck;

/**
 * The data-quality flags of a subtree over {@code [from, to)} (counting rules v1, "Data quality"), each with the
 * numbers that raised it.
 *
 * @param counts flags by check
 */
public record QualityReport(String unit, LocalDate from, LocalDate to, String rulesVersion,
                            Map<QualityCheck, Integer> counts, List<Flag> flags) {

    /**
     * @param from    the first day the flag is about (a day, a week's Monday, a reported period's start)
     * @param to      the day after its last
     * @param figures the numbers behind it, named (e.g. receipts, median, mad, modifiedZScore)
     */
    public record Flag(QualityCheck check, String label, String unitCode, String unitName, LocalDate from, LocalDate to,
                       Map<String, Double> figures) {
    }
}
