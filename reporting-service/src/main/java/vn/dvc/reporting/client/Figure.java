package vn.dvc.reporting.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import vn.dvc.contracts.catalog.Tier;

/** One indicator value as kpi-service serves it (a tolerant reader of its IndicatorValue and EMC rows). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Figure(String code, String indicator, String unitCode, String unitName, Tier tier, String kind,
                     Long numerator, Long denominator, BigDecimal percent, Long value, BigDecimal target, Boolean met) {

    /** The indicator's code, whichever of kpi-service's shapes it came in. */
    public String indicatorCode() {
        return code != null ? code : indicator;
    }
}
