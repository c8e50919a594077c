package vn.dvc.rules;

import vn.dvc.contracts.catalog.Tier;

/**
 * Counting rules v1, "Uptake scope": a dossier handled by a department, or by the province itself, uses the
 * provincial-tier offering; one handled by a district or a commune uses that tier's. Any other tier is its own.
 */
public final class OfferingTier {

    private OfferingTier() {
    }

    public static String ofUnitTier(Tier unitTier) {
        return ofUnitTier(unitTier == null ? null : unitTier.name());
    }

    public static String ofUnitTier(String unitTier) {
        if (unitTier == null) {
            return null;
        }
        return "DEPARTMENT".equals(unitTier) ? "PROVINCE" : unitTier;
    }
}
