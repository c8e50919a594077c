package vn.dvc.rules;

import java.time.LocalDate;

/** One dossier's part in the offering-use summary rows: +1 when added, -1 when retracted. */
public record OfferingUse(String unitCode, LocalDate day, String serviceCode, String offeringTier, long dossiers,
                          long onlineDossiers) {

    public OfferingUse negated() {
        return new OfferingUse(unitCode, day, serviceCode, offeringTier, -dossiers, -onlineDossiers);
    }

    public Key key() {
        return new Key(unitCode, day, serviceCode, offeringTier);
    }

    public record Key(String unitCode, LocalDate day, String serviceCode, String offeringTier) {
    }
}
