package vn.dvc.commons.jdbc;

import java.math.BigDecimal;
import java.sql.Time;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One result row whose columns are read by their names in the statement (a column's own name or its alias), so
 * that reading a row says what it reads — and a column added to the SELECT moves nothing.
 */
public final class Row {

    private final Map<String, Integer> columns;
    private final Object[] values;

    Row(Map<String, Integer> columns, Object[] values) {
        this.columns = columns;
        this.values = values;
    }

    /** The positions of a result's columns by lower-case label, shared by all its rows. */
    static Map<String, Integer> columnsOf(String[] labels) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < labels.length; i++) {
            columns.put(labels[i].toLowerCase(Locale.ROOT), i);
        }
        return columns;
    }

    public Object value(String column) {
        Integer index = columns.get(column);
        if (index == null) {
            throw new IllegalArgumentException("the statement selects no column " + column);
        }
        return values[index];
    }

    public String string(String column) {
        return (String) value(column);
    }

    public long longValue(String column) {
        return ((Number) value(column)).longValue();
    }

    /** A nullable integer column; null stays null. */
    public Long nullableLong(String column) {
        Object value = value(column);
        return value == null ? null : ((Number) value).longValue();
    }

    /** A nullable integer column; null stays null. */
    public Integer nullableInt(String column) {
        Object value = value(column);
        return value == null ? null : ((Number) value).intValue();
    }

    public int intValue(String column) {
        return ((Number) value(column)).intValue();
    }

    /** A DECIMAL column (or any number) as BigDecimal; null stays null. */
    public BigDecimal decimal(String column) {
        Object value = value(column);
        return value == null ? null : value instanceof BigDecimal exact ? exact : new BigDecimal(value.toString());
    }

    public boolean bool(String column) {
        return Jdbc.bool(value(column));
    }

    /** A DATE column; null stays null. */
    public LocalDate day(String column) {
        return Jdbc.localDate(value(column));
    }

    /** A TIME column; null stays null. */
    public LocalTime timeOfDay(String column) {
        Object value = value(column);
        return value == null ? null : ((Time) value).toLocalTime();
    }

    /** A TIMESTAMP column stored in UTC; null stays null. */
    public Instant instant(String column) {
        return Jdbc.instant(value(column));
    }
}
