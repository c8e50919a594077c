package vn.dvc.kpi.model;

import java.math.BigDecimal;
import vn.dvc.contracts.catalog.Tier;

/**
 * One unit × indicator line of the ministry's pull: flat, so the measurement system can load it as it is.
 */
public record EmcRow(String unitCode, String unitName, Tier tier, String indicator, String kind, Long numerator,
                     Long denominator, BigDecimal percent, Long value, BigDecimal target,
                     Boolean met, String rulesVersion) {
}
