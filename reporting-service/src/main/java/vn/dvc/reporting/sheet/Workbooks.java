package vn.dvc.reporting.sheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.dvc.commons.web.FormulaText;

/**
 * Writes tables as an XLSX workbook, one sheet each: the title and subtitle, then the header row (frozen, bold,
 * wrapped), then the rows — counts as numeric cells with thousands separators, percentages as numeric fractions
 * shown as 0.00%, text always as text cells (one that starts like a formula quote-prefixed too), column widths from
 * their contents.
 */
public final class Workbooks {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final int HEADER_ROW = 3;
    private static final int MAX_WIDTH_CHARS = 60;

    private Workbooks() {
    }

    public static byte[] of(List<Table> tables) {
        try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(workbook);
            for (Table table : tables) {
                write(workbook.createSheet(table.sheetName()), table, styles);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("A workbook could not be written in memory", e);
        }
    }

    private static void write(Sheet sheet, Table table, Styles styles) {
        text(sheet.createRow(0), 0, table.title(), styles.title);
        text(sheet.createRow(1), 0, table.subtitle(), null);
        Row header = sheet.createRow(HEADER_ROW);
        int[] widths = new int[table.columns().size()];
        for (int c = 0; c < table.columns().size(); c++) {
            text(header, c, table.columns().get(c).header(), styles.header);
            widths[c] = Math.min(MAX_WIDTH_CHARS, Math.max(8, table.columns().get(c).header().length() / 2 + 2));
        }
        for (int r = 0; r < table.rows().size(); r++) {
            Row row = sheet.createRow(HEADER_ROW + 1 + r);
            List<Object> cells = table.rows().get(r);
            for (int c = 0; c < cells.size(); c++) {
                Object value = cells.get(c);
                Column.Type type = table.columns().get(c).type();
                if (value instanceof Number number && type != Column.Type.TEXT) {
                    Cell cell = row.createCell(c);
                    if (type == Column.Type.PERCENT) {
                        cell.setCellValue(new BigDecimal(number.toString()).movePointLeft(2).doubleValue());
                        cell.setCellStyle(styles.percent);
                    } else {
                        cell.setCellValue(number.doubleValue());
                        cell.setCellStyle(type == Column.Type.DECIMAL ? styles.decimal : styles.number);
                    }
                } else if (value != null) {
                    String text = value.toString();
                    text(row, c, text, FormulaText.looksLikeFormula(text) ? styles.quoted : null);
                }
                widths[c] = Math.min(MAX_WIDTH_CHARS, Math.max(widths[c], value == null ? 0 : value.toString().length() + 3));
            }
        }
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        sheet.createFreezePane(0, HEADER_ROW + 1);
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    /** The few styles a workbook shares (a workbook holds at most 64,000). */
    private static final class Styles {

        final CellStyle title;
        final CellStyle header;
        final CellStyle number;
        final CellStyle decimal;
        final CellStyle percent;
        /** Text that starts like a formula: a text cell Excel also keeps as text when it is edited. */
        final CellStyle quoted;

        Styles(Workbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            Font big = workbook.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            title = workbook.createCellStyle();
            title.setFont(big);
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            number = workbook.createCellStyle();
            number.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
            decimal = workbook.createCellStyle();
            decimal.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
            percent = workbook.createCellStyle();
            percent.setDataFormat(workbook.createDataFormat().getFormat("0.00%"));
            quoted = workbook.createCellStyle();
            quoted.setQuotePrefixed(true);
        }
    }
}
