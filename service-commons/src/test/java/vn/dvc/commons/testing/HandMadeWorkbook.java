package vn.dvc.commons.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A workbook written part by part, as a tool or an attacker may write one: the sheet's and the shared strings' XML
 * given as they are, streamed into the zip (so that a part of hundreds of megabytes costs no memory here). For the
 * readers' tests and the end-to-end corpus of bad files.
 */
public final class HandMadeWorkbook {

    /** Writes one part's XML. */
    @FunctionalInterface
    public interface PartWriter {
        void write(Writer out) throws IOException;
    }

    private HandMadeWorkbook() {
    }

    public static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    public static void write(Path file, PartWriter sheet, PartWriter sharedStrings) throws IOException {
        try (OutputStream stream = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(stream)) {
            part(zip, "[Content_Types].xml", out -> out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                    + (sharedStrings == null ? "" : "<Override PartName=\"/xl/sharedStrings.xml\" "
                    + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>")
                    + "</Types>"));
            part(zip, "_rels/.rels", out -> out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
                    + "Target=\"xl/workbook.xml\"/></Relationships>"));
            part(zip, "xl/workbook.xml", out -> out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                    + "<sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"));
            part(zip, "xl/_rels/workbook.xml.rels", out -> out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
                    + "Target=\"worksheets/sheet1.xml\"/>"
                    + (sharedStrings == null ? "" : "<Relationship Id=\"rId2\" "
                    + "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>")
                    + "</Relationships>"));
            part(zip, "xl/worksheets/sheet1.xml", sheet);
            if (sharedStrings != null) {
                part(zip, "xl/sharedStrings.xml", sharedStrings);
            }
        }
    }

    /** A sheet of rows whose cells are shared string indexes ({@code s}) or inline texts. */
    public static PartWriter sheet(String rowsXml) {
        return out -> out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + MAIN + "\"><sheetData>"
                + rowsXml + "</sheetData></worksheet>");
    }

    public static String inline(String reference, String text) {
        return "<c r=\"" + reference + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
    }

    public static String shared(String reference, int index) {
        return "<c r=\"" + reference + "\" t=\"s\"><v>" + index + "</v></c>";
    }

    private static void part(ZipOutputStream zip, String name, PartWriter writer) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        Writer out = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
        writer.write(out);
        out.flush();
        zip.closeEntry();
    }
}
