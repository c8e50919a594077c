package vn.dvc.dossier.imports;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A workbook's first sheet read with POI's streaming (SAX) reader: the sheet's XML passes once, a row at a time; the
 * shared strings table is kept on disk ({@link DiskSharedStrings}), never in memory; no text node longer than a cell's
 * bound is held. Cells come as text: a date cell as {@code dd/MM/yyyy HH:mm:ss}, a number in full (never 1.2E+10),
 * whatever format the sheet shows it in. The workbook's small parts (styles, the list of sheets) are read whole by
 * POI, so a workbook whose such part is over {@link #LARGEST_SMALL_PART} is not read.
 */
final class XlsxRows implements SheetRows {

    static final long LARGEST_SMALL_PART = 16L << 20;

    private final ReadLimits limits;
    private final Path workDirectory;
    private CountingInputStream counted;
    private long size = 1;

    XlsxRows(ReadLimits limits, Path workDirectory) {
        this.limits = limits;
        this.workDirectory = workDirectory;
    }

    @Override
    public void read(Path file, RowHandler handler) throws IOException {
        requireSmallParts(file);
        try (OPCPackage workbook = OPCPackage.open(file.toFile(), PackageAccess.READ);
             DiskSharedStrings strings = sharedStrings(workbook)) {
            XSSFReader reader = new XSSFReader(workbook);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                return;
            }
            try (InputStream sheet = sheets.next()) {
                size = Math.max(1, sheets.getSheetPart().getSize());
                counted = new CountingInputStream(sheet);
                RowBounds bounds = new RowBounds(limits);
                XMLReader parser = SecureXml.reader();
                parser.setContentHandler(new BoundedText(new XSSFSheetXMLHandler(styles, null, strings,
                        new Rows(handler, bounds), new CellText(), false), bounds));
                parser.parse(new InputSource(counted));
            }
        } catch (Stopped stopped) {
            // the handler had read enough
        } catch (UnreadableFile unreadable) {
            throw unreadable;
        } catch (OpenXML4JException | SAXException | IOException | RuntimeException unreadable) {
            if (unreadable.getCause() instanceof Stopped) {
                return;
            }
            throw new UnreadableFile("tệp XLSX không đọc được (hỏng, bị cắt dở, hoặc không phải bảng tính Excel)", unreadable);
        }
    }

    /** The names of a workbook's sheets, in order. */
    static List<String> sheetNames(Path file) throws IOException {
        requireSmallParts(file);
        try (OPCPackage workbook = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) new XSSFReader(workbook).getSheetsData();
            List<String> names = new ArrayList<>();
            while (sheets.hasNext()) {
                sheets.next().close();
                names.add(sheets.getSheetName());
            }
            return names;
        } catch (OpenXML4JException | IOException | RuntimeException unreadable) {
            throw new UnreadableFile("tệp XLSX không đọc được (hỏng, bị cắt dở, hoặc không phải bảng tính Excel)", unreadable);
        }
    }

    @Override
    public double fractionRead() {
        return counted == null ? 0 : Math.min(1, (double) counted.count() / size);
    }

    private DiskSharedStrings sharedStrings(OPCPackage workbook) throws IOException {
        List<PackagePart> parts = workbook.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
        if (parts.isEmpty()) {
            return DiskSharedStrings.none(workDirectory);
        }
        try (InputStream part = parts.get(0).getInputStream()) {
            return DiskSharedStrings.spool(part, workDirectory, limits.cellChars());
        }
    }

    /**
     * Every part POI reads whole is small: only sheets and the shared strings (both streamed) may be large. Read from
     * the zip's own directory before POI opens the package.
     */
    private static void requireSmallParts(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName();
                boolean streamed = name.startsWith("xl/worksheets/sheet") || name.equals("xl/sharedStrings.xml");
                if (!streamed && name.endsWith(".xml") && entry.getSize() > LARGEST_SMALL_PART) {
                    throw new UnreadableFile("phần " + name + " của tệp XLSX lớn bất thường (" + entry.getSize() / (1 << 20)
                            + " MB): tệp không được đọc");
                }
            }
        } catch (UnreadableFile refused) {
            throw refused;
        } catch (IOException | RuntimeException notAZip) {
            throw new UnreadableFile("tệp XLSX không đọc được (hỏng, bị cắt dở, hoặc không phải bảng tính Excel)", notAZip);
        }
    }

    /** What is wrong with the row being read, if anything: shared by the text bound and the row gatherer. */
    private static final class RowBounds {

        final ReadLimits limits;
        String refusal;
        long rowChars;

        RowBounds(ReadLimits limits) {
            this.limits = limits;
        }

        void refuse(String reason) {
            if (refusal == null) {
                refusal = reason;
            }
        }

        void newRow() {
            refusal = null;
            rowChars = 0;
        }
    }

    /**
     * Passes no text node longer than a cell's bound on to POI's handler (which would gather it whole), so that no
     * element of the sheet — a cell, a formula, a header or footer — is held past the bound; a row holding one is refused.
     */
    private static final class BoundedText extends DefaultHandler {

        private final ContentHandler delegate;
        private final RowBounds bounds;
        private long textChars;

        BoundedText(ContentHandler delegate, RowBounds bounds) {
            this.delegate = delegate;
            this.bounds = bounds;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
            textChars = 0;
            if ("row".equals(localName)) {
                bounds.newRow();
            }
            delegate.startElement(uri, localName, qName, attributes);
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            textChars = 0;
            delegate.endElement(uri, localName, qName);
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            textChars += length;
            if (textChars > bounds.limits.cellChars()) {
                bounds.refuse(bounds.limits.cellTooLong());
                return;
            }
            delegate.characters(ch, start, length);
        }
    }

    /** Gathers each row's cells in their columns and hands the row on, or its refusal. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final RowHandler handler;
        private final RowBounds bounds;
        private final List<String> cells = new ArrayList<>();

        Rows(RowHandler handler, RowBounds bounds) {
            this.handler = handler;
            this.bounds = bounds;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
        }

        @Override
        public void endRow(int rowNum) {
            boolean goOn = bounds.refusal != null ? handler.refused(rowNum + 1L, bounds.refusal)
                    : SheetRows.blank(cells) || handler.row(rowNum + 1L, List.copyOf(cells));
            cells.clear();
            if (!goOn) {
                throw new Stopped();
            }
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            if (bounds.refusal != null) {
                return;
            }
            String text = value == null ? "" : value;
            int column = reference == null ? cells.size() : new CellReference(reference).getCol();
            bounds.rowChars += text.length();
            if (DiskSharedStrings.OVERSIZED.equals(text)) {
                bounds.refuse(bounds.limits.cellTooLong());
            } else if (column >= bounds.limits.columns()) {
                bounds.refuse(bounds.limits.tooManyColumns());
            } else if (bounds.rowChars > bounds.limits.rowChars()) {
                bounds.refuse(bounds.limits.rowTooLong());
            }
            if (bounds.refusal != null) {
                cells.clear();
                return;
            }
            while (cells.size() < column) {
                cells.add("");
            }
            if (cells.size() == column) {
                cells.add(text);
            } else {
                cells.set(column, text);
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
