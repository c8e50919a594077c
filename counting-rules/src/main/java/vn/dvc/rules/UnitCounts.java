package vn.dvc.rules;

/** The units of a scope, and how many of them have online payment enabled. */
public record UnitCounts(long all, long paymentEnabled) {

    public static final UnitCounts NONE = new UnitCounts(0, 0);
}
