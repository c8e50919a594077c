package vn.dvc.reporting.sheet;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A titled table of figures, the one shape every appendix and bulletin section is rendered from (JSON, CSV, XLSX).
 * Cells are String, Number (long, BigInteger, BigDecimal) or null.
 */
public record Table(String sheetName, String title, String subtitle, List<Column> columns, List<List<Object>> rows) {

    public Table {
        for (List<Object> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("a row of " + row.size() + " cells in a table of " + columns.size() + " columns");
            }
        }
    }

    /** The rows keyed by column, for JSON. */
    public List<Map<String, Object>> records() {
        return rows.stream().map(row -> {
            Map<String, Object> record = new LinkedHashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                record.put(columns.get(i).key(), row.get(i));
            }
            return record;
        }).toList();
    }

    public List<String> headers() {
        return columns.stream().map(Column::header).toList();
    }
}
