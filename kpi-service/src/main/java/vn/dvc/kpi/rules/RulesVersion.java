package vn.dvc.kpi.rules;

/** The counting rules every served figure follows (docs/counting-rules.md, "Counting rules, version 1"). */
public final class RulesVersion {

    public static final String CURRENT = "1";

    private RulesVersion() {
    }
}
