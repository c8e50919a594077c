package vn.dvc.bench.province;

/**
 * How a unit that handles dossiers behaves in the generated year: its share of its tier's dossiers, how many come
 * online, how many it resolves late, digitises or returns electronically, and how many it never enters into the
 * portal (the gap between its own count and the portal's).
 */
public record UnitProfile(UnitSpec unit, double weight, double onlineShare, double lateRate, double digitisedRate,
                          double electronicResultRate, double unenteredRate) {
}
