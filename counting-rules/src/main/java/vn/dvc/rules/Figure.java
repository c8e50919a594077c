package vn.dvc.rules;

import java.util.Map;

/** What a rule computes: a ratio, or a count; either with the counts behind it (early, on time, late, open …). */
public record Figure(Ratio ratio, Long value, Map<String, Long> breakdown) {

    public static Figure ratio(Ratio ratio) {
        return new Figure(ratio, null, null);
    }

    public static Figure ratio(Ratio ratio, Map<String, Long> breakdown) {
        return new Figure(ratio, null, breakdown);
    }

    public static Figure count(long value, Map<String, Long> breakdown) {
        return new Figure(null, value, breakdown);
    }
}
