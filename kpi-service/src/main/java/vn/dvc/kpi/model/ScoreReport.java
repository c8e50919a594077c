package vn.dvc.kpi.model;

import java.time.LocalDate;
import java.util.List;
import vn.dvc.rules.ScoreLever;

/**
 * A unit's estimated Decision 766 points over {@code [from, to)} under one version of the scoring table: each part the
 * suite measures with its rate and points, each part it cannot measure listed as not measured (never guessed).
 *
 * @param measuredPoints the points of the measured parts that had something to measure
 * @param measuredMax    the most those parts can earn
 * @param max            the whole index's maximum (100)
 */
public record ScoreReport(String unit, LocalDate from, LocalDate to, String version, boolean reconstruction,
                          String title, List<String> sources, int max, double measuredPoints, int measuredMax,
                          String rulesVersion, List<Part> parts) {

    /**
     * @param nationalCode the national portal's code for the part in its evaluation answer; null where it gives none
     * @param measuredAs  the lever the suite measures it with; null = not measured
     * @param percent     the rate in percent (2 decimals); null when not measured or nothing to measure
     * @param points      null when not measured, or when nothing to measure (a zero denominator) and the table gives
     *                    such a part no points (some it gives the full max, some zero)
     * @param missing     what data the part lacks, in Vietnamese; null when it was measured over some
     */
    public record Part(String code, String nationalCode, String group, String label, int max, Double threshold, boolean measured,
                       ScoreLever measuredAs, Long numerator, Long denominator, Double percent, Double points, String missing) {
    }
}
