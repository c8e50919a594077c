package vn.dvc.dossier.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.dvc.commons.testing.HandMadeWorkbook.inline;
import static vn.dvc.commons.testing.HandMadeWorkbook.shared;
import static vn.dvc.commons.testing.HandMadeWorkbook.sheet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dvc.commons.testing.HandMadeWorkbook;

class XlsxRowsTest {

    private static final ReadLimits SMALL = new ReadLimits(10, 40, 5);

    @TempDir
    Path folder;

    private List<String> read(Path file, ReadLimits limits) throws IOException {
        List<String> seen = new ArrayList<>();
        new XlsxRows(limits, folder.resolve("work")).read(file, new SheetRows.RowHandler() {
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

    private static HandMadeWorkbook.PartWriter strings(String... texts) {
        return out -> {
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"" + HandMadeWorkbook.MAIN + "\">");
            for (String text : texts) {
                out.write("<si><r><t>" + text + "</t></r><rPh><t>phonetic</t></rPh></si>");
            }
            out.write("</sst>");
        };
    }

    @Test
    void sharedStringsAreReadFromDiskAndTheirFilesRemoved() throws IOException {
        Path file = folder.resolve("ok.xlsx");
        HandMadeWorkbook.write(file, sheet("<row r=\"1\">" + shared("A1", 0) + shared("B1", 1) + "</row>"
                + "<row r=\"2\">" + shared("A2", 2) + inline("C2", "Hoàn thành") + "</row>"), strings("Mã hồ sơ", "Trạng thái", "HS-1"));
        assertThat(read(file, ReadLimits.DEFAULT)).containsExactly("1: Mã hồ sơ|Trạng thái", "2: HS-1||Hoàn thành");
        try (Stream<Path> left = Files.list(folder.resolve("work"))) {
            assertThat(left).as("the spooled strings are deleted when read").isEmpty();
        }
    }

    @Test
    void millionsOfDistinctTextsCostDiskNotHeap() throws IOException {
        int count = 300_000;
        Path file = folder.resolve("many.xlsx");
        HandMadeWorkbook.write(file, sheet("<row r=\"1\">" + shared("A1", 0) + "</row><row r=\"2\">" + shared("A2", count - 1) + "</row>"),
                out -> {
                    out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"" + HandMadeWorkbook.MAIN + "\">");
                    for (int i = 0; i < count; i++) {
                        out.write("<si><t>text-" + i + "</t></si>");
                    }
                    out.write("</sst>");
                });
        assertThat(read(file, ReadLimits.DEFAULT)).containsExactly("1: text-0", "2: text-" + (count - 1));
    }

    @Test
    void aCellPastTheBoundIsRefusedWhetherSharedOrInline() throws IOException {
        Path file = folder.resolve("long.xlsx");
        HandMadeWorkbook.write(file, sheet("<row r=\"1\">" + inline("A1", "a") + inline("B1", "b") + "</row>"
                + "<row r=\"2\">" + inline("A2", "x".repeat(50)) + "</row>"
                + "<row r=\"3\">" + shared("A3", 0) + "</row>"
                + "<row r=\"4\">" + inline("G4", "far") + "</row>"
                + "<row r=\"5\">" + inline("A5", "c") + "</row>"), strings("y".repeat(50)));
        assertThat(read(file, SMALL)).containsExactly("1: a|b", "2! " + SMALL.cellTooLong(), "3! " + SMALL.cellTooLong(),
                "4! " + SMALL.tooManyColumns(), "5: c");
    }

    @Test
    void aDocumentTypeDeclarationIsRefusedAtItsFirstLine() throws IOException {
        Path file = folder.resolve("xxe.xlsx");
        HandMadeWorkbook.write(file, out -> out.write("<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY a \"aaaaaaaaaa\">"
                + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>"
                + "<worksheet xmlns=\"" + HandMadeWorkbook.MAIN + "\"><sheetData><row r=\"1\">" + inline("A1", "&c;")
                + "</row></sheetData></worksheet>"), null);
        assertThatThrownBy(() -> read(file, ReadLimits.DEFAULT)).isInstanceOf(UnreadableFile.class)
                .hasMessageContaining("tệp XLSX không đọc được").hasMessageNotContaining("org.").hasMessageNotContaining("Exception");
    }

    @Test
    void aZipBombIsRefused() throws IOException {
        Path file = folder.resolve("bomb.xlsx");
        HandMadeWorkbook.write(file, out -> {
            out.write("<?xml version=\"1.0\"?><worksheet xmlns=\"" + HandMadeWorkbook.MAIN + "\"><sheetData>");
            String spaces = " ".repeat(1 << 16);
            for (int i = 0; i < 2048; i++) {
                out.write(spaces);
            }
            out.write("</sheetData></worksheet>");
        }, null);
        assertThat(Files.size(file)).isLessThan(1 << 20);
        assertThatThrownBy(() -> read(file, ReadLimits.DEFAULT)).isInstanceOf(UnreadableFile.class);
    }

    @Test
    void aFileThatIsNoWorkbookIsRefusedInVietnamese() throws IOException {
        Path random = folder.resolve("random.xlsx");
        byte[] bytes = new byte[100_000];
        new java.util.Random(7).nextBytes(bytes);
        bytes[0] = 'P';
        bytes[1] = 'K';
        bytes[2] = 3;
        bytes[3] = 4;
        Files.write(random, bytes);
        assertThatThrownBy(() -> read(random, ReadLimits.DEFAULT)).isInstanceOf(UnreadableFile.class)
                .hasMessage("tệp XLSX không đọc được (hỏng, bị cắt dở, hoặc không phải bảng tính Excel)");

        Path good = folder.resolve("good.xlsx");
        HandMadeWorkbook.write(good, sheet("<row r=\"1\">" + inline("A1", "a") + "</row>"), null);
        byte[] whole = Files.readAllBytes(good);
        Path cut = folder.resolve("cut.xlsx");
        Files.write(cut, java.util.Arrays.copyOf(whole, whole.length / 2));
        assertThatThrownBy(() -> read(cut, ReadLimits.DEFAULT)).isInstanceOf(UnreadableFile.class);
    }
}
