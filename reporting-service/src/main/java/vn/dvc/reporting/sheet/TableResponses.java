package vn.dvc.reporting.sheet;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;
import vn.dvc.commons.web.Csv;

/** A table answered as JSON, CSV (UTF-8 with BOM, for spreadsheets) or an XLSX workbook, as the caller asked. */
public final class TableResponses {

    private TableResponses() {
    }

    public enum Format {
        JSON, CSV, XLSX
    }

    public static Response of(Table table, Object json, Format format, String fileName) {
        return switch (format) {
            case JSON -> Response.ok(json, MediaType.APPLICATION_JSON).build();
            case CSV -> attachment(Response.ok(Csv.of(table.headers(), List.copyOf(table.rows())).getBytes(StandardCharsets.UTF_8),
                    Csv.MEDIA_TYPE), fileName + ".csv");
            case XLSX -> attachment(Response.ok(Workbooks.of(List.of(table)), Workbooks.MEDIA_TYPE), fileName + ".xlsx");
        };
    }

    public static Response workbook(List<Table> tables, String fileName) {
        return attachment(Response.ok(Workbooks.of(tables), Workbooks.MEDIA_TYPE), fileName + ".xlsx");
    }

    /** A file to save under {@code fileName}. */
    public static Response file(byte[] content, String mediaType, String fileName) {
        return attachment(Response.ok(content, mediaType), fileName);
    }

    private static Response attachment(Response.ResponseBuilder builder, String fileName) {
        return builder.header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build();
    }
}
