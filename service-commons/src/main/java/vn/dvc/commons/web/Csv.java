package vn.dvc.commons.web;

import java.util.List;
import java.util.stream.Collectors;

/**
 * RFC 4180 CSV as spreadsheet users open it: UTF-8 with a byte-order mark (so Excel shows Vietnamese diacritics),
 * CRLF line ends, fields quoted when they hold a comma, a quote or a line break; text that a spreadsheet would run as
 * a formula written as text ({@link FormulaText}). Numbers are written as they are.
 */
public final class Csv {

    public static final String MEDIA_TYPE = "text/csv; charset=UTF-8";
    private static final String BYTE_ORDER_MARK = "\uFEFF";

    private Csv() {
    }

    public static String of(List<String> header, List<List<?>> rows) {
        StringBuilder csv = new StringBuilder(BYTE_ORDER_MARK).append(line(header));
        rows.forEach(row -> csv.append(line(row)));
        return csv.toString();
    }

    /** The start of a CSV written a line at a time: the byte-order mark and the header line. */
    public static String start(List<String> header) {
        return BYTE_ORDER_MARK + line(header);
    }

    /** One line, with its CRLF. */
    public static String line(List<?> fields) {
        return fields.stream().map(Csv::field).collect(Collectors.joining(",")) + "\r\n";
    }

    private static String field(Object value) {
        String text = value == null ? "" : value instanceof Number ? value.toString() : FormulaText.forCsv(value.toString());
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
