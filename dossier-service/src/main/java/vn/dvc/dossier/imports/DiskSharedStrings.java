package vn.dvc.dossier.imports;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A workbook's shared strings table kept on disk, not in memory: read once as it streams past and written to two
 * owner-only temporary files (the texts in UTF-8, and where each begins), deleted when closed. A workbook of millions
 * of distinct texts costs disk, never heap. A text past the cell bound is kept as {@link #OVERSIZED}, so that the row
 * using it is refused.
 */
final class DiskSharedStrings implements SharedStrings, Closeable {

    /** Stands for a text past the cell bound; no office writes it. */
    static final String OVERSIZED = "\u0000oversized\u0000";
    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private final FileChannel texts;
    private final FileChannel offsets;
    private final int count;

    private DiskSharedStrings(FileChannel texts, FileChannel offsets, int count) {
        this.texts = texts;
        this.offsets = offsets;
        this.count = count;
    }

    /** No shared strings: a workbook whose cells are all numbers, dates or inline texts. */
    static DiskSharedStrings none(Path directory) throws IOException {
        return spool(null, directory, 0);
    }

    /** Reads the {@code sharedStrings.xml} part into files in {@code directory}. */
    static DiskSharedStrings spool(InputStream part, Path directory, int cellChars) throws IOException {
        FileChannel texts = OwnerOnlyFiles.scratch(directory, "sst-texts-");
        FileChannel offsets = OwnerOnlyFiles.scratch(directory, "sst-offsets-");
        try {
            int count = 0;
            if (part != null) {
                // the streams are flushed, not closed: closing them would close (and delete) the files
                DataOutputStream textOut = new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(texts), 1 << 16));
                DataOutputStream offsetOut = new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(offsets), 1 << 16));
                Items items = new Items(textOut, offsetOut, cellChars);
                XMLReader parser = SecureXml.reader();
                parser.setContentHandler(items);
                parser.parse(new InputSource(part));
                items.end();
                textOut.flush();
                offsetOut.flush();
                count = items.count;
            }
            return new DiskSharedStrings(texts, offsets, count);
        } catch (SAXException | RuntimeException unreadable) {
            texts.close();
            offsets.close();
            throw new UnreadableFile("bảng chuỗi dùng chung của tệp XLSX không đọc được", unreadable);
        } catch (IOException failed) {
            texts.close();
            offsets.close();
            throw failed;
        }
    }

    @Override
    public RichTextString getItemAt(int index) {
        if (index < 0 || index >= count) {
            throw new IllegalArgumentException("a cell names shared string " + index + " of " + count);
        }
        try {
            ByteBuffer bounds = ByteBuffer.allocate(16);
            readFully(offsets, bounds, (long) index * 8);
            long start = bounds.getLong(0);
            long end = bounds.getLong(8);
            ByteBuffer text = ByteBuffer.allocate((int) (end - start));
            readFully(texts, text, start);
            return new XSSFRichTextString(new String(text.array(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public int getCount() {
        return count;
    }

    @Override
    public int getUniqueCount() {
        return count;
    }

    @Override
    public void close() throws IOException {
        try (texts; offsets) {
            // both deleted on close
        }
    }

    private static void readFully(FileChannel channel, ByteBuffer buffer, long position) throws IOException {
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                throw new IOException("shared strings file ended early");
            }
        }
    }

    /** Each {@code <si>}'s text (its runs' {@code <t>}, phonetic runs left out), written as it ends. */
    private static final class Items extends DefaultHandler {

        private final DataOutputStream texts;
        private final DataOutputStream offsets;
        private final int cellChars;
        private final StringBuilder text = new StringBuilder();
        private long written;
        private boolean inText;
        private boolean inPhonetic;
        private boolean oversized;
        int count;

        Items(DataOutputStream texts, DataOutputStream offsets, int cellChars) {
            this.texts = texts;
            this.offsets = offsets;
            this.cellChars = cellChars;
        }

        /** Where the last text ends. */
        void end() throws IOException {
            offsets.writeLong(written);
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            if (!MAIN.equals(uri)) {
                return;
            }
            switch (localName) {
                case "si" -> {
                    text.setLength(0);
                    oversized = false;
                }
                case "t" -> inText = !inPhonetic;
                case "rPh" -> inPhonetic = true;
                default -> {
                }
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            if (!MAIN.equals(uri)) {
                return;
            }
            switch (localName) {
                case "si" -> write(oversized ? OVERSIZED : text.toString());
                case "t" -> inText = false;
                case "rPh" -> inPhonetic = false;
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (!inText || oversized) {
                return;
            }
            if (text.length() + length > cellChars) {
                oversized = true;
                text.setLength(0);
            } else {
                text.append(ch, start, length);
            }
        }

        private void write(String value) throws SAXException {
            try {
                offsets.writeLong(written);
                byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
                texts.write(bytes);
                written += bytes.length;
                count++;
            } catch (IOException e) {
                throw new SAXException(e);
            }
        }
    }
}
