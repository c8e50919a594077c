package vn.dvc.rules;

/** A rule served under its indicator code. */
abstract class NamedRule implements IndicatorRule {

    private final String code;

    NamedRule(String code) {
        this.code = code;
    }

    @Override
    public final String code() {
        return code;
    }
}
