package vn.dvc.bench.stream;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import vn.dvc.bench.province.Province;
import vn.dvc.bench.province.UnitSpec;
import vn.dvc.bench.stream.PortalItem.ReportSubmission;

/**
 * The reports the province's units submit for the plan's ready-made forms ({@code POST /report-forms/standard-set}
 * active from the first day of the window's year): GRIS II.01b, II.05a, II.06 quarterly from every commune (due 15 days
 * after the quarter); LRIS and the district systems monthly (5 days); the national system's 8 indicators monthly and
 * the IOC's 6 daily from the province; the steering report every 2 days (by 17:00) from every department- and
 * district-tier unit. How many are submitted follows the plan's figures (GRIS 75 / 107 / 111 of 111, LRIS about a
 * third, 4 of 11 districts); nine in ten of those on time.
 */
final class ReportPlan {

    private record Form(String code, String frequency, int daysAllowed, String tier, List<String> indicators,
                        double submitted, double online) {
    }

    private static final List<Form> FORMS = List.of(
            new Form("II.01b", "QUARTERLY", 15, "COMMUNE", List.of(), 0.68, 0.7),
            new Form("II.05a", "QUARTERLY", 15, "COMMUNE", List.of(), 0.96, 0.7),
            new Form("II.06", "QUARTERLY", 15, "COMMUNE", List.of(), 1.0, 0.7),
            new Form("LRIS", "MONTHLY", 5, "DEPARTMENT", List.of(), 0.3, 1.0),
            new Form("NATIONAL", "MONTHLY", 5, "PROVINCE", numbered("NATIONAL", 8), 0.9, 1.0),
            new Form("IOC", "DAILY", 0, "PROVINCE", numbered("IOC", 6), 0.95, 1.0),
            new Form("DISTRICT", "MONTHLY", 5, "DISTRICT", List.of(), 0.36, 0.5),
            new Form("STEERING", "EVERY_2_DAYS", 0, "DEPARTMENT", List.of(), 0.85, 0.6),
            new Form("STEERING", "EVERY_2_DAYS", 0, "DISTRICT", List.of(), 0.85, 0.6));

    private ReportPlan() {
    }

    static List<ReportSubmission> of(Province province, LocalDate from, LocalDate to, SplittableRandom random) {
        List<ReportSubmission> submissions = new ArrayList<>();
        for (Form form : FORMS) {
            List<UnitSpec> units = province.unitsOfTier(form.tier());
            for (Instance instance : instances(form.frequency(), from, to)) {
                for (UnitSpec unit : units) {
                    for (String indicator : form.indicators().isEmpty() ? List.of("") : form.indicators()) {
                        if (random.nextDouble() >= form.submitted()) {
                            continue;
                        }
                        Instant at = submittedAt(random, instance.lastDay(), form.daysAllowed());
                        String channel = random.nextDouble() < form.online() ? "ONLINE" : "PAPER";
                        submissions.add(new ReportSubmission(at, form.code(), indicator.isEmpty() ? null : indicator,
                                unit.code(), instance.period(), channel));
                    }
                }
            }
        }
        return submissions;
    }

    /** Nine in ten by the deadline (the end of the allowed day, or 17:00 on the last day), the rest up to 10 days late. */
    private static Instant submittedAt(SplittableRandom random, LocalDate lastDay, int daysAllowed) {
        Instant deadline = daysAllowed == 0
                ? lastDay.atTime(LocalTime.of(17, 0)).atZone(LocalClock.ZONE).toInstant()
                : LocalClock.startOf(lastDay.plusDays(daysAllowed + 1));
        Instant opens = daysAllowed == 0
                ? lastDay.atTime(LocalTime.of(8, 0)).atZone(LocalClock.ZONE).toInstant()
                : lastDay.atTime(LocalTime.of(9, 0)).atZone(LocalClock.ZONE).toInstant();
        if (random.nextDouble() < 0.9) {
            return LocalClock.between(random, opens, deadline.minusSeconds(60));
        }
        return deadline.plus(Duration.ofMinutes(1 + random.nextInt(10 * 24 * 60)));
    }

    private record Instance(String period, LocalDate lastDay) {
    }

    /** The period instances that begin in {@code [from, to)}, named as the reporting service names them. */
    private static List<Instance> instances(String frequency, LocalDate from, LocalDate to) {
        List<Instance> instances = new ArrayList<>();
        switch (frequency) {
            case "DAILY" -> from.datesUntil(to).forEach(day -> instances.add(new Instance(day.toString(), day)));
            case "EVERY_2_DAYS" -> {
                // Two-day periods count from the forms' active start, the year's first day, not from the window's.
                LocalDate anchor = from.withDayOfYear(1);
                LocalDate first = from.plusDays(Math.floorMod(ChronoUnit.DAYS.between(anchor, from), 2));
                for (LocalDate day = first; day.isBefore(to); day = day.plusDays(2)) {
                    instances.add(new Instance(day.toString(), day.plusDays(1)));
                }
            }
            case "MONTHLY" -> {
                for (YearMonth month = YearMonth.from(from); month.atDay(1).isBefore(to); month = month.plusMonths(1)) {
                    if (!month.atDay(1).isBefore(from)) {
                        instances.add(new Instance(month.toString(), month.atEndOfMonth()));
                    }
                }
            }
            default -> {
                for (YearMonth month = YearMonth.from(from); month.atDay(1).isBefore(to); month = month.plusMonths(1)) {
                    LocalDate start = month.atDay(1);
                    if (month.getMonthValue() % 3 == 1 && !start.isBefore(from)) {
                        instances.add(new Instance(month.getYear() + "-Q" + start.get(IsoFields.QUARTER_OF_YEAR),
                                month.plusMonths(2).atEndOfMonth()));
                    }
                }
            }
        }
        return instances;
    }

    private static List<String> numbered(String system, int count) {
        List<String> codes = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            codes.add(system + "-" + n);
        }
        return codes;
    }
}
