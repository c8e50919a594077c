package vn.dvc.rules;

import vn.dvc.contracts.catalog.Tier;

/**
 * Counting rules v1, "Uptake scope": a dossier handled by a department, or by the province itself, uses the
 * provincial-tier offering; one handled by a district or a commune uses that tier's. Any other tier is its own.
 */
public final class OfferingTier {

    private OfferingTier() {
    }

    /** The tier of the offering a unit of this tier uses, as the offering tables name it. */
    public static String ofUnitTier(Tier unitTier) {
        if (unitTier == null) {
            return null;
        }
        return (unitTier == Tier.DEPARTMENT ? Tier.PROVINCE : unitTier).name();
    }
}
