package vn.dvc.dossier.imports;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A file's rows read one at a time as they stream past, never the whole file in memory: each row that is not blank
 * with its number as the office sees it (the row number of a sheet; the record number of a CSV, its header being 1).
 * A row past the {@link ReadLimits} is not read: the handler hears its number and why, and reading goes on.
 */
public interface SheetRows {

    /** Takes each row; answers false to stop reading. */
    @FunctionalInterface
    interface RowHandler {
        boolean row(long number, List<String> cells);

        /** A row past the read limits, skipped; answers false to stop reading. */
        default boolean refused(long number, String reason) {
            return true;
        }
    }

    /**
     * Reads the file's rows (a workbook's first sheet) until the end or until the handler stops it; a file that
     * cannot be read on is an {@link UnreadableFile} with its reason.
     */
    void read(Path file, RowHandler handler) throws IOException;

    /** How much of the file has been read, from 0 to 1, for the time left. */
    double fractionRead();

    /** The reader of a file of this format; a workbook's texts are spooled to {@code workDirectory}. */
    static SheetRows of(ImportFormat format, ReadLimits limits, Path workDirectory) {
        return format == ImportFormat.XLSX ? new XlsxRows(limits, workDirectory) : new CsvRows(limits);
    }

    static boolean blank(List<String> cells) {
        return cells.stream().allMatch(cell -> cell == null || cell.isBlank());
    }
}
