package vn.dvc.kpi.model;

import java.time.LocalDate;
import java.util.List;
import vn.dvc.contracts.catalog.Tier;

/** The units of a tier (within a subtree, if asked) ordered by one indicator, best first. */
public record Ranking(String indicator, Tier tier, String within, LocalDate from, LocalDate to, String rulesVersion,
                      List<RankedUnit> units) {
}
