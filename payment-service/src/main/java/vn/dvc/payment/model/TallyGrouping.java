package vn.dvc.payment.model;

/** How a tally is grouped: the SQL expression of the group key over {@code payment p} and {@code unit_copy u}. */
public enum TallyGrouping {
    NONE("'ALL'"),
    UNIT("p.unit_code"),
    FIELD("p.field"),
    KIND("p.kind"),
    TIER("u.tier"),
    MONTH("DATE_FORMAT(p.paid_day, '%Y-%m')"),
    PROVIDER("p.provider");

    private final String keyExpression;

    TallyGrouping(String keyExpression) {
        this.keyExpression = keyExpression;
    }

    public String keyExpression() {
        return keyExpression;
    }
}
