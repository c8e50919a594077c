package vn.dvc.kpi.model;

import java.math.BigDecimal;

/**
 * One unit × indicator line of the ministry's pull: flat, so the measurement system can load it as it is.
 */
public record EmcRow(String unitCode, String unitName, String tier, String indicator, String kind, Long numerator,
                     Long denominator, BigDecimal percent, Long value, BigDecimal target,
                     Boolean met, String rulesVersion) {
}
