package vn.dvc.kpi.model;

import vn.dvc.contracts.catalog.Tier;

/**
 * One unit × Decision 766 part line of the ministry's pull, flat like the indicators' rows.
 *
 * @param nationalCode the national portal's code for the part; null where it gives none
 * @param points       null when not measured, or nothing to measure and the table gives such a part no points
 * @param version      the scoring table's version
 */
public record EmcScoreRow(String unitCode, String unitName, Tier tier, String part, String nationalCode, int maxPoints,
                          boolean measured, Long numerator, Long denominator, Double percent, Double points,
                          String version, String rulesVersion) {
}
