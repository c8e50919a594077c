package vn.dvc.dossier.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The encoding of a text file as offices save it: UTF-8 (with or without its byte-order mark), UTF-16 with its mark
 * (Excel's "Unicode text"), or — when the first megabyte is not valid UTF-8 — the Vietnamese Windows code page
 * (windows-1258, Excel's "CSV" on a Vietnamese Windows).
 */
final class TextEncoding {

    private static final int SAMPLE_BYTES = 1 << 20;
    private static final Charset VIETNAMESE_WINDOWS = Charset.isSupported("windows-1258")
            ? Charset.forName("windows-1258") : StandardCharsets.ISO_8859_1;

    private TextEncoding() {
    }

    static Charset of(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] sample = in.readNBytes(SAMPLE_BYTES);
            if (sample.length >= 2 && (sample[0] & 0xFF) == 0xFF && (sample[1] & 0xFF) == 0xFE) {
                return StandardCharsets.UTF_16LE;
            }
            if (sample.length >= 2 && (sample[0] & 0xFF) == 0xFE && (sample[1] & 0xFF) == 0xFF) {
                return StandardCharsets.UTF_16BE;
            }
            return validUtf8(sample) ? StandardCharsets.UTF_8 : VIETNAMESE_WINDOWS;
        }
    }

    /** Valid UTF-8, a character cut at the sample's end aside. */
    private static boolean validUtf8(byte[] sample) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.wrap(sample);
        CharBuffer chars = CharBuffer.allocate(8192);
        while (true) {
            var result = decoder.decode(bytes, chars, false);
            if (result.isError()) {
                return false;
            }
            if (result.isUnderflow()) {
                return true;
            }
            chars.clear();
        }
    }
}
