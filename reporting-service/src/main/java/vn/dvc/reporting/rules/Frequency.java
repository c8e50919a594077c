package vn.dvc.reporting.rules;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How often a form is due, and how its period instances are named. Calendar frequencies (monthly {@code 2022-06},
 * quarterly {@code 2022-Q1}) follow the calendar; day frequencies (daily, every 2 days) are named by their first day
 * and, for every 2 days, counted from the form's first active day.
 */
public enum Frequency {
    DAILY {
        @Override
        public PeriodInstance containing(LocalDate day, LocalDate anchor) {
            return new PeriodInstance(day.toString(), day, day.plusDays(1));
        }

        @Override
        Optional<PeriodInstance> named(String name, LocalDate anchor) {
            return day(name).map(day -> containing(day, anchor));
        }
    },
    EVERY_2_DAYS {
        @Override
        public PeriodInstance containing(LocalDate day, LocalDate anchor) {
            LocalDate start = day.minusDays(Math.floorMod(ChronoUnit.DAYS.between(anchor, day), 2));
            return new PeriodInstance(start.toString(), start, start.plusDays(2));
        }

        @Override
        Optional<PeriodInstance> named(String name, LocalDate anchor) {
            return day(name).map(day -> containing(day, anchor)).filter(instance -> instance.name().equals(name));
        }
    },
    MONTHLY {
        @Override
        public PeriodInstance containing(LocalDate day, LocalDate anchor) {
            YearMonth month = YearMonth.from(day);
            return new PeriodInstance(month.toString(), month.atDay(1), month.plusMonths(1).atDay(1));
        }

        @Override
        Optional<PeriodInstance> named(String name, LocalDate anchor) {
            try {
                return Optional.of(containing(YearMonth.parse(name).atDay(1), anchor));
            } catch (DateTimeParseException notAMonth) {
                return Optional.empty();
            }
        }
    },
    QUARTERLY {
        private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

        @Override
        public PeriodInstance containing(LocalDate day, LocalDate anchor) {
            int quarter = (day.getMonthValue() - 1) / 3 + 1;
            LocalDate start = LocalDate.of(day.getYear(), (quarter - 1) * 3 + 1, 1);
            return new PeriodInstance(day.getYear() + "-Q" + quarter, start, start.plusMonths(3));
        }

        @Override
        Optional<PeriodInstance> named(String name, LocalDate anchor) {
            Matcher matcher = QUARTER.matcher(name);
            if (!matcher.matches()) {
                return Optional.empty();
            }
            int quarter = Integer.parseInt(matcher.group(2));
            return Optional.of(containing(LocalDate.of(Integer.parseInt(matcher.group(1)), (quarter - 1) * 3 + 1, 1), anchor));
        }
    };

    /** The instance a local day falls in; {@code anchor} is the form's first active day. */
    public abstract PeriodInstance containing(LocalDate day, LocalDate anchor);

    abstract Optional<PeriodInstance> named(String name, LocalDate anchor);

    /** The instance with this name, if the frequency has one (a day not on the 2-day grid has none). */
    public Optional<PeriodInstance> parse(String name, LocalDate anchor) {
        return name == null ? Optional.empty() : named(name.trim(), anchor);
    }

    public PeriodInstance after(PeriodInstance instance, LocalDate anchor) {
        return containing(instance.end(), anchor);
    }

    private static Optional<LocalDate> day(String name) {
        try {
            return Optional.of(LocalDate.parse(name));
        } catch (DateTimeParseException notADay) {
            return Optional.empty();
        }
    }
}
