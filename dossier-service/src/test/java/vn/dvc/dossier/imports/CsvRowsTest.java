package vn.dvc.dossier.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvRowsTest {

    private static final ReadLimits SMALL = new ReadLimits(10, 40, 5);

    @TempDir
    Path folder;

    /** What a reader made of a file: each row as "number: cells", each refusal as "number! reason". */
    private List<String> read(String text, Charset charset, ReadLimits limits) throws IOException {
        Path file = folder.resolve("rows.csv");
        Files.write(file, text.getBytes(charset));
        List<String> seen = new ArrayList<>();
        new CsvRows(limits).read(file, new SheetRows.RowHandler() {
            @Override
            public boolean row(long number, List<String> cells) {
                seen.add(number + ": " + String.join("|", cells));
                return true;
            }

            @Override
            public boolean refused(long number, String reason) {
                seen.add(number + "! " + reason);
                return true;
            }
        });
        return seen;
    }

    private List<String> read(String text) throws IOException {
        return read(text, StandardCharsets.UTF_8, ReadLimits.DEFAULT);
    }

    @Test
    void everyLineEndEndsARecord() throws IOException {
        assertThat(read("a,b\nc,d\n")).containsExactly("1: a|b", "2: c|d");
        assertThat(read("a,b\r\nc,d\r\n")).containsExactly("1: a|b", "2: c|d");
        assertThat(read("a,b\rc,d\re,f")).as("old Mac line ends").containsExactly("1: a|b", "2: c|d", "3: e|f");
        assertThat(read("a,b\r\rc,d")).as("a blank line between").containsExactly("1: a|b", "3: c|d");
    }

    @Test
    void quotesHoldSeparatorsQuotesAndLineBreaksOfAnyKind() throws IOException {
        assertThat(read("\"x,y\",\"say \"\"hi\"\"\"\r\"two\rlines\",z\r")).containsExactly("1: x,y|say \"hi\"", "2: two\rlines|z");
        assertThat(read("\uFEFFMã hồ sơ;Trạng thái\nHS-1;Hoàn thành\n")).as("BOM and semicolons")
                .containsExactly("1: Mã hồ sơ|Trạng thái", "2: HS-1|Hoàn thành");
    }

    @Test
    void theEncodingIsTheFilesOwn() throws IOException {
        assertThat(read("Mã hồ sơ\tTrạng thái\nHS-1\tĐã tiếp nhận\n", StandardCharsets.UTF_16LE, ReadLimits.DEFAULT).get(1))
                .as("no mark: read as the Vietnamese code page, which is not this").isNotEqualTo("2: HS-1|Đã tiếp nhận");
        assertThat(read("\uFEFFMã hồ sơ\tTrạng thái\nHS-1\tĐã tiếp nhận\n", StandardCharsets.UTF_16LE, ReadLimits.DEFAULT))
                .as("Excel's Unicode text").containsExactly("1: Mã hồ sơ|Trạng thái", "2: HS-1|Đã tiếp nhận");
        // the code page writes a vowel with its tone as the vowel and a combining mark: read back as one character
        assertThat(read("Ma\u0303 h\u00f4\u0300 s\u01a1,Tr\u0061\u0323ng th\u00e1i\nHS-1,Đa\u0303 ti\u00ea\u0301p nh\u00e2\u0323n\n",
                Charset.forName("windows-1258"), ReadLimits.DEFAULT))
                .as("Excel's CSV on a Vietnamese Windows").containsExactly("1: Mã hồ sơ|Trạng thái", "2: HS-1|Đã tiếp nhận");
    }

    @Test
    void aRowPastALimitIsRefusedAndReadingGoesOnAtTheNextLine() throws IOException {
        assertThat(read("a,b\nthis-cell-is-too-long,b\nc,d\n", StandardCharsets.UTF_8, SMALL))
                .containsExactly("1: a|b", "2! " + SMALL.cellTooLong(), "3: c|d");
        assertThat(read("a,b\n1,2,3,4,5,6\nc,d\n", StandardCharsets.UTF_8, SMALL))
                .containsExactly("1: a|b", "2! " + SMALL.tooManyColumns(), "3: c|d");
        assertThat(read("a,b\n12345678,12345678,12345678,12345678,12345678,12345678\rc,d\n", StandardCharsets.UTF_8, SMALL))
                .containsExactly("1: a|b", "2! " + SMALL.rowTooLong(), "3: c|d");
        assertThat(read("a,b\n\"quoted but long\",b\nc,d\n", StandardCharsets.UTF_8, SMALL))
                .as("a quoted cell closed within the row's bound").containsExactly("1: a|b", "2! " + SMALL.cellTooLong(), "3: c|d");
    }

    @Test
    void aQuoteLeftOpenStopsTheFileNamingItsRow() throws IOException {
        String stray = "a,b\nc,d\n\"stray,e\n" + "f,g\n".repeat(20);
        List<String> seen = new ArrayList<>();
        Path file = folder.resolve("stray.csv");
        Files.writeString(file, stray);
        assertThatThrownBy(() -> new CsvRows(SMALL).read(file, (number, cells) -> seen.add(number + ": " + String.join("|", cells))))
                .isInstanceOf(UnreadableFile.class).hasMessageStartingWith("Dòng 3: ");
        assertThat(seen).containsExactly("1: a|b", "2: c|d");
    }

    @Test
    void aQuoteStillOpenAtTheEndOfAShortFileStopsItToo() throws IOException {
        List<String> seen = new ArrayList<>();
        Path file = folder.resolve("short-stray.csv");
        Files.writeString(file, "a,b\nc,d\n\"stray,e\nf,g\n");
        assertThatThrownBy(() -> new CsvRows(SMALL).read(file, (number, cells) -> seen.add(number + ": " + String.join("|", cells))))
                .isInstanceOf(UnreadableFile.class).hasMessageStartingWith("Dòng 3: ").hasMessageContaining("đến hết tệp");
        assertThat(seen).containsExactly("1: a|b", "2: c|d");
    }

    @Test
    void aHugeFieldIsNeverHeld() throws IOException {
        Path file = folder.resolve("huge.csv");
        try (var out = Files.newBufferedWriter(file)) {
            out.write("a,b\n");
            String chunk = "x".repeat(1 << 16);
            for (int i = 0; i < 512; i++) {
                out.write(chunk);
            }
            out.write("\nc,d\n");
        }
        List<String> seen = new ArrayList<>();
        new CsvRows(ReadLimits.DEFAULT).read(file, new SheetRows.RowHandler() {
            @Override
            public boolean row(long number, List<String> cells) {
                seen.add(number + ": " + String.join("|", cells));
                return true;
            }

            @Override
            public boolean refused(long number, String reason) {
                seen.add(number + "! " + reason);
                return true;
            }
        });
        assertThat(seen).containsExactly("1: a|b", "2! " + ReadLimits.DEFAULT.cellTooLong(), "3: c|d");
    }
}
