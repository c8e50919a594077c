package vn.dvc.kpi.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Covers a period {@code [from, to)} of local days with as few summary buckets as possible: whole years, then whole
 * months, then days — at most about 30 + 11 + the years + 11 + 30 buckets, however long the period.
 */
public final class PeriodCover {

    private PeriodCover() {
    }

    public static List<Bucket> of(LocalDate from, LocalDate to) {
        List<Bucket> buckets = new ArrayList<>();
        LocalDate day = from;
        while (day.isBefore(to)) {
            if (day.getDayOfYear() == 1 && !day.plusYears(1).isAfter(to)) {
                buckets.add(new Bucket(Grain.YEAR, day));
                day = day.plusYears(1);
            } else if (day.getDayOfMonth() == 1 && !day.plusMonths(1).isAfter(to)) {
                buckets.add(new Bucket(Grain.MONTH, day));
                day = day.plusMonths(1);
            } else {
                buckets.add(new Bucket(Grain.DAY, day));
                day = day.plusDays(1);
            }
        }
        return buckets;
    }

    /** The buckets a day's count is added to: its day, its month, its year. */
    public static List<Bucket> containing(LocalDate day) {
        return List.of(new Bucket(Grain.DAY, day), new Bucket(Grain.MONTH, day.withDayOfMonth(1)),
                new Bucket(Grain.YEAR, day.withDayOfYear(1)));
    }

    public enum Grain {
        DAY("D"), MONTH("M"), YEAR("Y");

        private final String code;

        Grain(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        public static Grain of(String code) {
            return Arrays.stream(values()).filter(grain -> grain.code.equals(code)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("No grain " + code));
        }
    }

    public record Bucket(Grain grain, LocalDate start) {
    }
}
