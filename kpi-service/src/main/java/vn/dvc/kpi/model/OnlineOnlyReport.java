package vn.dvc.kpi.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * ONLINE_ONLY_COMPLIANCE over a scope and [from, to): receipts of the pilot's services by units inside its units,
 * from its first day: the online ones (numerator) ÷ all (denominator), target 100 %; and the same per receiving unit,
 * the units still taking them on paper first. {@code pilot}: the pilot as stored.
 */
public record OnlineOnlyReport(String campaign, OnlineOnlyView pilot, String code, String unit, LocalDate from, LocalDate to, long numerator,
                               long denominator, BigDecimal percent, BigDecimal target, Boolean met, long flagged,
                               List<UnitCompliance> units, String rulesVersion) {

    public record UnitCompliance(String unit, String name, long numerator, long denominator, BigDecimal percent,
                                 long flagged) {
    }
}
