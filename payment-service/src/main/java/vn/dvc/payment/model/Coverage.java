package vn.dvc.payment.model;

import java.math.BigDecimal;
import java.util.List;

/** Units with online payment enabled among the units in scope (of one kind, if asked), and which ones lack it. */
public record Coverage(String unit, String kind, long enabledUnits, long units, BigDecimal percent,
                       List<String> enabled, List<String> missing) {
}
