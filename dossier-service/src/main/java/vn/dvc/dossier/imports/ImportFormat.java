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

    public static ImportFormat of(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(ZIP.length), ZIP) ? XLSX : CSV;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
