package vn.dvc.rules;

/**
 * The counting rules every served figure follows (docs/counting-rules.md, "Counting rules, version 1"): one version
 * for the whole suite, carried by every figure, list and sheet each service serves.
 */
public final class RulesVersion {

    public static final String CURRENT = "1";

    private RulesVersion() {
    }
}
