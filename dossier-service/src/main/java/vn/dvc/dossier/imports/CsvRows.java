package vn.dvc.dossier.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Comma-separated text as spreadsheets save it (RFC 4180): UTF-8 with or without its byte-order mark, fields in
 * double quotes where they hold the separator, quotes or line breaks; the separator is the header line's — a comma,
 * a semicolon (the Vietnamese locale's) or a tab.
 */
final class CsvRows implements SheetRows {

    private static final char[] SEPARATORS = {',', ';', '\t'};

    private CountingInputStream counted;
    private long size = 1;

    @Override
    public void read(Path file, RowHandler handler) throws IOException {
        size = Math.max(1, Files.size(file));
        char separator = separatorOf(file);
        try (CountingInputStream in = new CountingInputStream(Files.newInputStream(file));
             Reader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
            counted = in;
            reader.mark(1);
            if (reader.read() != '\uFEFF') {
                reader.reset();
            }
            long number = 0;
            List<String> record;
            while ((record = nextRecord(reader, separator)) != null) {
                number++;
                if (!SheetRows.blank(record) && !handler.row(number, record)) {
                    return;
                }
            }
        }
    }

    @Override
    public double fractionRead() {
        return counted == null ? 0 : Math.min(1, (double) counted.count() / size);
    }

    /** The separator the header line uses most, outside quotes. */
    private static char separatorOf(Path file) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = reader.readLine();
            char best = ',';
            long bestCount = 0;
            for (char separator : SEPARATORS) {
                long count = header == null ? 0 : header.chars().filter(c -> c == separator).count();
                if (count > bestCount) {
                    best = separator;
                    bestCount = count;
                }
            }
            return best;
        }
    }

    /** The next record, or null at the end of the text. */
    private static List<String> nextRecord(Reader reader, char separator) throws IOException {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        int c;
        while ((c = reader.read()) >= 0) {
            any = true;
            if (quoted) {
                if (c == '"') {
                    reader.mark(1);
                    int next = reader.read();
                    if (next == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        if (next >= 0) {
                            reader.reset();
                        }
                    }
                } else {
                    field.append((char) c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == separator) {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n') {
                break;
            } else if (c != '\r') {
                field.append((char) c);
            }
        }
        if (!any) {
            return null;
        }
        fields.add(field.toString());
        return fields;
    }
}
