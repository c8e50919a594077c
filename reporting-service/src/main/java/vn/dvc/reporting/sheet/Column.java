package vn.dvc.reporting.sheet;

/** A column of a table: its JSON key, its Vietnamese header, and how its cells are written. */
public record Column(String key, String header, Type type) {

    public enum Type {
        /** Text. */
        TEXT,
        /** A whole number (counts; VND amounts), shown with thousands separators. */
        NUMBER,
        /** A decimal with two places (a change in percentage points). */
        DECIMAL,
        /** A percentage held as 0–100 with two decimals (21.62), shown as 21.62% in a workbook. */
        PERCENT
    }

    public static Column text(String key, String header) {
        return new Column(key, header, Type.TEXT);
    }

    public static Column number(String key, String header) {
        return new Column(key, header, Type.NUMBER);
    }

    public static Column decimal(String key, String header) {
        return new Column(key, header, Type.DECIMAL);
    }

    public static Column percent(String key, String header) {
        return new Column(key, header, Type.PERCENT);
    }
}
