package vn.dvc.rules;

import java.time.LocalDate;

/** One dossier's part in one summary counter: +1 when added, -1 when retracted. */
public record Contribution(String unitCode, Measure measure, LocalDate day, long delta) {

    public Contribution negated() {
        return new Contribution(unitCode, measure, day, -delta);
    }

    public Key key() {
        return new Key(unitCode, measure, day);
    }

    /** The summary row a contribution lands in. */
    public record Key(String unitCode, Measure measure, LocalDate day) {
    }
}
