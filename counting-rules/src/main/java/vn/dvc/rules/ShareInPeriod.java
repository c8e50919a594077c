package vn.dvc.rules;

import java.util.Set;

/** A rule of the form "these dossiers of the period / those dossiers of the period", both flows. */
abstract class ShareInPeriod extends NamedRule {

    private final Measure numerator;
    private final Measure denominator;

    ShareInPeriod(String code, Measure numerator, Measure denominator) {
        super(code);
        this.numerator = numerator;
        this.denominator = denominator;
    }

    @Override
    public Set<Measure> inPeriod() {
        return Set.of(numerator, denominator);
    }

    @Override
    public Figure compute(Sums sums) {
        return Figure.ratio(Ratio.of(sums.inPeriod(numerator), sums.inPeriod(denominator)));
    }
}
