package vn.dvc.rules;

import vn.dvc.contracts.catalog.Tier;

/** A unit of the tree as a consuming service keeps it: its code, tier, kind of office and name. */
public record CopiedUnit(String code, Tier tier, String kind, String name) {
}
