package vn.dvc.dossier.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Comma-separated text as spreadsheets save it (RFC 4180): fields in double quotes where they hold the separator,
 * quotes or line breaks; lines ended by LF, CRLF or a lone CR (old Macs); the separator is the header line's — a comma,
 * a semicolon (the Vietnamese locale's) or a tab; the encoding as {@link TextEncoding} tells, each cell composed
 * (NFC: a vowel and its tone mark as one character, as the code page and old Macs write them apart). A row past the
 * {@link ReadLimits} is skipped to its line end and refused; a quoted field left open past a row's bound (a stray
 * quote) cannot be told from the rows after it, so the file stops there, naming the row — as it does when the file
 * ends inside a quoted field.
 */
final class CsvRows implements SheetRows {

    private static final char[] SEPARATORS = {',', ';', '\t'};

    private final ReadLimits limits;
    private CountingInputStream counted;
    private long size = 1;

    CsvRows(ReadLimits limits) {
        this.limits = limits;
    }

    @Override
    public void read(Path file, RowHandler handler) throws IOException {
        size = Math.max(1, Files.size(file));
        Charset charset = TextEncoding.of(file);
        char separator = separatorOf(file, charset);
        try (CountingInputStream in = new CountingInputStream(Files.newInputStream(file));
             Reader reader = new BufferedReader(new InputStreamReader(in, charset), 1 << 16)) {
            counted = in;
            Records records = new Records(reader, separator, limits);
            long number = 0;
            Records.Record record;
            while ((record = records.next(number + 1)) != null) {
                number++;
                boolean goOn = record.refusal() != null ? handler.refused(number, record.refusal())
                        : SheetRows.blank(record.fields()) || handler.row(number, record.fields());
                if (!goOn) {
                    return;
                }
            }
        }
    }

    @Override
    public double fractionRead() {
        return counted == null ? 0 : Math.min(1, (double) counted.count() / size);
    }

    /** The separator the header line uses most, outside quotes; the line read no further than a row's bound. */
    private char separatorOf(Path file, Charset charset) throws IOException {
        long[] counts = new long[SEPARATORS.length];
        try (Reader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), charset), 1 << 16)) {
            boolean quoted = false;
            int c;
            for (int read = 0; read < limits.rowChars() && (c = reader.read()) >= 0; read++) {
                if (c == '"') {
                    quoted = !quoted;
                } else if (!quoted && (c == '\n' || c == '\r')) {
                    break;
                }
                for (int i = 0; i < SEPARATORS.length && !quoted; i++) {
                    counts[i] += c == SEPARATORS[i] ? 1 : 0;
                }
            }
        }
        int best = 0;
        for (int i = 1; i < SEPARATORS.length; i++) {
            best = counts[i] > counts[best] ? i : best;
        }
        return SEPARATORS[best];
    }

    /** The records of a text, one at a time, each held only up to the limits. */
    static final class Records {

        private static final int NONE = -2;

        private final Reader reader;
        private final char separator;
        private final ReadLimits limits;
        private int pushedBack = NONE;
        private boolean skipLineFeed;
        private boolean started;

        Records(Reader reader, char separator, ReadLimits limits) {
            this.reader = reader;
            this.separator = separator;
            this.limits = limits;
        }

        /** A record's fields, or why it was refused. */
        record Record(List<String> fields, String refusal) {
        }

        /** The next record (numbered {@code number} in a problem), or null at the end of the text. */
        Record next(long number) throws IOException {
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            String refusal = null;
            boolean quoted = false;
            boolean any = false;
            int fieldChars = 0;
            long rowChars = 0;
            int c;
            while ((c = read()) >= 0) {
                any = true;
                if (++rowChars > limits.rowChars()) {
                    if (quoted) {
                        throw new UnreadableFile("Dòng " + number + ": một ô mở dấu ngoặc kép mà không đóng trong "
                                + limits.rowChars() + " ký tự (thiếu dấu \" đóng?); tệp dừng ở dòng này");
                    }
                    skipToLineEnd(c);
                    return new Record(List.of(), refusal != null ? refusal : limits.rowTooLong());
                }
                if (quoted) {
                    if (c == '"') {
                        int after = read();
                        if (after == '"') {
                            fieldChars++;
                            refusal = append(field, '"', fieldChars, refusal);
                        } else {
                            quoted = false;
                            pushBack(after);
                        }
                    } else {
                        fieldChars++;
                        refusal = append(field, (char) c, fieldChars, refusal);
                    }
                } else if (c == '"' && fieldChars == 0) {
                    quoted = true;
                } else if (c == separator) {
                    refusal = endField(fields, field, refusal);
                    fieldChars = 0;
                } else if (c == '\n') {
                    break;
                } else if (c == '\r') {
                    skipLineFeed = true;
                    break;
                } else {
                    fieldChars++;
                    refusal = append(field, (char) c, fieldChars, refusal);
                }
            }
            if (!any) {
                return null;
            }
            if (quoted) {
                throw new UnreadableFile("Dòng " + number + ": một ô mở dấu ngoặc kép mà không đóng đến hết tệp (thiếu dấu \" "
                        + "đóng?); tệp dừng ở dòng này");
            }
            refusal = endField(fields, field, refusal);
            return refusal == null ? new Record(fields, null) : new Record(List.of(), refusal);
        }

        private String append(StringBuilder field, char c, int fieldChars, String refusal) {
            if (refusal != null) {
                return refusal;
            }
            if (fieldChars > limits.cellChars()) {
                field.setLength(0);
                return limits.cellTooLong();
            }
            field.append(c);
            return null;
        }

        private String endField(List<String> fields, StringBuilder field, String refusal) {
            if (refusal == null && fields.size() >= limits.columns()) {
                refusal = limits.tooManyColumns();
            }
            if (refusal == null) {
                fields.add(Normalizer.normalize(field, Normalizer.Form.NFC));
            } else {
                fields.clear();
            }
            field.setLength(0);
            return refusal;
        }

        private void skipToLineEnd(int c) throws IOException {
            while (c >= 0 && c != '\n' && c != '\r') {
                c = read();
            }
            skipLineFeed = c == '\r';
        }

        /** The next character; a line feed right after a carriage return is part of the same line end. */
        private int read() throws IOException {
            int c;
            if (pushedBack != NONE) {
                c = pushedBack;
                pushedBack = NONE;
            } else {
                c = reader.read();
            }
            if (!started) {
                started = true;
                if (c == '\uFEFF') {
                    c = reader.read();
                }
            }
            if (skipLineFeed) {
                skipLineFeed = false;
                if (c == '\n') {
                    c = reader.read();
                }
            }
            return c;
        }

        private void pushBack(int c) {
            pushedBack = c < 0 ? NONE : c;
        }
    }
}
