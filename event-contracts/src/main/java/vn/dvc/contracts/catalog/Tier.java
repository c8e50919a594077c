package vn.dvc.contracts.catalog;

/** The tiers of the unit tree (docs/counting-rules.md, glossary "cấp"). */
public enum Tier {
    PROVINCE, DEPARTMENT, DISTRICT, COMMUNE
}
