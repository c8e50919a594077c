package vn.dvc.commons.web;

import java.util.Arrays;
import java.util.Locale;
import vn.dvc.problem.ProblemException;

/** Query parameters naming a constant, read here rather than by JAX-RS, which answers an unknown one with a bare 404. */
public final class QueryEnums {

    private QueryEnums() {
    }

    /** The constant, case-insensitive; null when absent; a 400 problem naming the parameter when unknown. */
    public static <E extends Enum<E>> E parse(String parameter, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw ProblemException.badRequest(parameter, "'" + value + "' is not one of "
                    + Arrays.toString(type.getEnumConstants()));
        }
    }
}
