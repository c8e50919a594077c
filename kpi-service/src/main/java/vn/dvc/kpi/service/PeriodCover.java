package vn.dvc.kpi.service;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Covers a period {@code [from, to)} of local days with summary buckets: whole months, and days at either end. A
 * day's count is kept in its day and its month only — a year is twelve month rows read together, which costs a read
 * nothing it can notice and spares every write a third of its summary rows. Readers ask for the buckets as at most
 * three ranges ({@link #runs}): leading days, months, trailing days.
 */
public final class PeriodCover {

    private PeriodCover() {
    }

    public static List<Bucket> of(LocalDate from, LocalDate to) {
        List<Bucket> buckets = new ArrayList<>();
        LocalDate day = from;
        while (day.isBefore(to)) {
            if (day.getDayOfMonth() == 1 && !day.plusMonths(1).isAfter(to)) {
                buckets.add(new Bucket(Grain.MONTH, day));
                day = day.plusMonths(1);
            } else {
                buckets.add(new Bucket(Grain.DAY, day));
                day = day.plusDays(1);
            }
        }
        return buckets;
    }

    /** The buckets a day's count is added to: its day and its month. */
    public static List<Bucket> containing(LocalDate day) {
        return List.of(new Bucket(Grain.DAY, day), new Bucket(Grain.MONTH, day.withDayOfMonth(1)));
    }

    /** The cover of {@code [from, to)} as runs of consecutive buckets of one grain, in order: at most three. */
    public static List<Run> runs(LocalDate from, LocalDate to) {
        List<Run> runs = new ArrayList<>();
        for (Bucket bucket : of(from, to)) {
            Run last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
            if (last != null && last.grain() == bucket.grain()) {
                runs.set(runs.size() - 1, new Run(last.grain(), last.first(), bucket.start()));
            } else {
                runs.add(new Run(bucket.grain(), bucket.start(), bucket.start()));
            }
        }
        return runs;
    }

    /**
     * A condition on a summary table's {@code grain} and {@code period_start} (with the alias's dot, or "") that holds
     * for the runs' buckets; {@code FALSE} for none. Its parameters are {@link #parameters(List)}.
     */
    public static String condition(String alias, List<Run> runs) {
        if (runs.isEmpty()) {
            return "FALSE";
        }
        return "(" + String.join(" OR ", Collections.nCopies(runs.size(),
                "(" + alias + "grain = ? AND " + alias + "period_start BETWEEN ? AND ?)")) + ")";
    }

    public static List<Object> parameters(List<Run> runs) {
        List<Object> parameters = new ArrayList<>();
        runs.forEach(run -> {
            parameters.add(run.grain().code());
            parameters.add(Date.valueOf(run.first()));
            parameters.add(Date.valueOf(run.last()));
        });
        return parameters;
    }

    public enum Grain {
        DAY("D"), MONTH("M");

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

    /** Buckets of one grain starting from {@code first} to {@code last}, both included. */
    public record Run(Grain grain, LocalDate first, LocalDate last) {
    }
}
