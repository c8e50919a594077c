package vn.dvc.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Counting rules v1, "Data quality", share jumps: a share (online dossiers, digitised inputs, on-time resolutions)
 * that moves more than {@value #JUMP_POINTS} percentage points from one week (Monday to Sunday) to the next. Weeks
 * with fewer than the configured minimum of dossiers behind the share are too small to judge.
 */
public final class ShareJumps {

    public static final double JUMP_POINTS = 30;

    private ShareJumps() {
    }

    /** @param weeks consecutive weeks, oldest first */
    public static List<Jump> of(List<Week> weeks, long minimumDenominator) {
        List<Jump> jumps = new ArrayList<>();
        for (int i = 1; i < weeks.size(); i++) {
            Week before = weeks.get(i - 1);
            Week week = weeks.get(i);
            if (before.denominator() < minimumDenominator || week.denominator() < minimumDenominator) {
                continue;
            }
            double points = week.percent() - before.percent();
            if (Math.abs(points) > JUMP_POINTS) {
                jumps.add(new Jump(before, week, points));
            }
        }
        return jumps;
    }

    public record Week(LocalDate monday, long numerator, long denominator) {
        public double percent() {
            return denominator == 0 ? 0 : 100.0 * numerator / denominator;
        }
    }

    public record Jump(Week before, Week week, double points) {
    }
}
