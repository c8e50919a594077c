package vn.dvc.rules;

/** A unit of the tree as a consuming service keeps it: its code, tier, kind of office and name. */
public record CopiedUnit(String code, String tier, String kind, String name) {
}
