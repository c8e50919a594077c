package vn.dvc.payment.model;

import java.time.LocalDate;
import java.util.List;
import vn.dvc.contracts.catalog.Tier;

/** Payments of a scope and period [from, to) in local days, grouped, with the total. */
public record TallyReport(String unit, Tier tier, String kind, LocalDate from, LocalDate to, String groupBy,
                          List<Tally> groups, Tally total) {
}
