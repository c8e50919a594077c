package vn.dvc.dossier.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** The two formats offices export: a workbook (XLSX, a zip) or comma-separated text, told apart by the file's first bytes. */
public enum ImportFormat {
    XLSX, CSV;

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    /** An Excel 97–2003 workbook (.xls, an OLE2 compound file). */
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    public static ImportFormat of(Path file) {
        return Arrays.equals(firstBytes(file), ZIP) ? XLSX : CSV;
    }

    /** Refuses, with the reason a clerk can act on, a file that is neither: an old Excel workbook. */
    void requireReadable(Path file) throws UnreadableFile {
        if (this == CSV && Arrays.equals(firstBytes(file), OLE2)) {
            throw new UnreadableFile("tệp Excel 97–2003 (.xls): hãy lưu lại thành .xlsx hoặc .csv (UTF-8) rồi gửi lại");
        }
    }

    private static byte[] firstBytes(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(ZIP.length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
