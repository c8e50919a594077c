package vn.dvc.commons.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import vn.dvc.problem.ProblemException;

/**
 * Parses a local-day query parameter ({@code 2022-06-01}). JAX-RS answers an unconvertible query parameter with a
 * bare 404; this answers 400 naming the parameter.
 */
public final class LocalDates {

    private LocalDates() {
    }

    public static LocalDate parse(String parameter, String value) {
        if (value == null || value.isBlank()) {
            throw ProblemException.badRequest(parameter, "is required (yyyy-MM-dd)");
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest(parameter, "'" + value + "' is not a date (yyyy-MM-dd)");
        }
    }

    /** The local days {@code [from, to)} of two query parameters: both required, {@code to} after {@code from}. */
    public static Period period(String from, String to) {
        return Period.of(parse("from", from), parse("to", to));
    }

    /** Local days {@code [from, to)}. */
    public record Period(LocalDate from, LocalDate to) {

        /** 400 naming {@code to} unless it is after {@code from}. */
        public static Period of(LocalDate from, LocalDate to) {
            if (!to.isAfter(from)) {
                throw ProblemException.badRequest("to", "must be after from (the period is [from, to))");
            }
            return new Period(from, to);
        }
    }
}
