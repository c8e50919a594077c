package vn.dvc.commons.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import vn.dvc.commons.problem.ProblemException;

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
}
