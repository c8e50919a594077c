package vn.dvc.reporting.rules;

import java.time.LocalDate;

/** One period a form is reported for: its name ({@code 2022-Q1}, {@code 2022-06}, {@code 2022-06-01}) and local days
 * {@code [start, end)}. */
public record PeriodInstance(String name, LocalDate start, LocalDate end) {

    public LocalDate lastDay() {
        return end.minusDays(1);
    }
}
