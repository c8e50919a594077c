package vn.dvc.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.dvc.rules.time.WorkingCalendar;

/**
 * Counting rules v1, "Data quality", intake outliers: a working day of the period whose dossiers received (the unit's
 * own, not its subtree's) lie far from the unit's usual — a modified z-score beyond ±3.5 against its working days of
 * the period and the {@value #BASELINE_DAYS_BEFORE} days before it. Fewer than {@value #MINIMUM_DAYS} working days
 * are too few to judge; weekends and holidays are not judged.
 */
public final class IntakeOutliers {

    public static final int BASELINE_DAYS_BEFORE = 28;

    private IntakeOutliers() {
    }

    /** @param receiptsByDay receipts by local day over {@code [from − 28 days, to)}; a day without any is absent */
    public static List<Outlier> of(Map<LocalDate, Long> receiptsByDay, LocalDate from, LocalDate to,
                                   WorkingCalendar calendar) {
        List<LocalDate> days = from.minusDays(BASELINE_DAYS_BEFORE).datesUntil(to).filter(calendar::isWorkingDay).toList();
        ModifiedZScore.Spread spread = ModifiedZScore.spreadOf(days.stream()
                .mapToDouble(day -> receiptsByDay.getOrDefault(day, 0L)).toArray());
        List<Outlier> outliers = new ArrayList<>();
        for (LocalDate day : days) {
            long receipts = receiptsByDay.getOrDefault(day, 0L);
            double score = ModifiedZScore.of(receipts, spread);
            if (!day.isBefore(from) && Math.abs(score) > ModifiedZScore.OUTLIER_ABOVE) {
                outliers.add(new Outlier(day, receipts, spread, score));
            }
        }
        return outliers;
    }

    public record Outlier(LocalDate day, long receipts, ModifiedZScore.Spread spread, double score) {
    }
}
