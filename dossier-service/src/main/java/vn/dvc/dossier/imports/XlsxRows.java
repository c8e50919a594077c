package vn.dvc.dossier.imports;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * A workbook's first sheet read with POI's streaming (SAX) reader: the sheet's XML passes once, a row at a time; only
 * the shared strings table is held. Cells come as text: a date cell as {@code dd/MM/yyyy HH:mm:ss}, a number in full
 * (never 1.2E+10), whatever format the sheet shows it in.
 */
final class XlsxRows implements SheetRows {

    private CountingInputStream counted;
    private long size = 1;

    @Override
    public void read(Path file, RowHandler handler) throws IOException {
        try (OPCPackage workbook = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(workbook);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(workbook, false);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                return;
            }
            try (InputStream sheet = sheets.next()) {
                size = Math.max(1, sheets.getSheetPart().getSize());
                counted = new CountingInputStream(sheet);
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, new Rows(handler), new CellText(), false));
                parser.parse(new InputSource(counted));
            }
        } catch (Stopped stopped) {
            // the handler had read enough
        } catch (OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException unreadable) {
            if (unreadable.getCause() instanceof Stopped) {
                return;
            }
            throw new IOException("not a readable XLSX workbook", unreadable);
        }
    }

    /** The names of a workbook's sheets, in order. */
    static List<String> sheetNames(Path file) throws IOException {
        try (OPCPackage workbook = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) new XSSFReader(workbook).getSheetsData();
            List<String> names = new ArrayList<>();
            while (sheets.hasNext()) {
                sheets.next().close();
                names.add(sheets.getSheetName());
            }
            return names;
        } catch (OpenXML4JException | RuntimeException unreadable) {
            throw new IOException("not a readable XLSX workbook", unreadable);
        }
    }

    @Override
    public double fractionRead() {
        return counted == null ? 0 : Math.min(1, (double) counted.count() / size);
    }

    /** Gathers each row's cells in their columns and hands the row on. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final RowHandler handler;
        private final List<String> cells = new ArrayList<>();

        Rows(RowHandler handler) {
            this.handler = handler;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
        }

        @Override
        public void endRow(int rowNum) {
            if (!SheetRows.blank(cells) && !handler.row(rowNum + 1L, List.copyOf(cells))) {
                throw new Stopped();
            }
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? cells.size() : new CellReference(reference).getCol();
            while (cells.size() < column) {
                cells.add("");
            }
            if (cells.size() == column) {
                cells.add(value == null ? "" : value);
            } else {
                cells.set(column, value == null ? "" : value);
            }
        }
    }

    /** Numbers in full and dates in the Vietnamese form, whatever the sheet's display format. */
    private static final class CellText extends DataFormatter {

        private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value).format(DATE_TIME);
            }
            return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }
    }

    /** Thrown through the parser when the handler stops reading. */
    private static final class Stopped extends RuntimeException {

        Stopped() {
            super(null, null, false, false);
        }
    }
}
