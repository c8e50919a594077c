package vn.dvc.reporting.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** A workbook read back with POI, cell by cell. */
class WorkbooksTest {

    private final Table table = new Table("Phụ lục 2", "PHỤ LỤC 2. TỶ LỆ HỒ SƠ XỬ LÝ TRỰC TUYẾN", "Từ ngày 15/12/2021 đến ngày 14/03/2022",
            List.of(Column.number("number", "STT"), Column.text("unitName", "Tên đơn vị"),
                    Column.number("received", "Tổng số hồ sơ tiếp nhận"), Column.percent("onlinePercent", "Tỷ lệ hồ sơ trực tuyến"),
                    Column.decimal("change", "Thay đổi"), Column.number("amountVnd", "Số tiền (đồng)")),
            List.of(Arrays.asList(1, "Sở Tài nguyên và Môi trường", 141_618L, new BigDecimal("21.62"), new BigDecimal("-0.35"),
                            new BigInteger("165100000000")),
                    Arrays.asList(2, "Huyện Bù Đăng", 0L, null, null, BigInteger.ZERO)));

    @Test
    void numbersAreNumericCellsPercentagesFormattedAndTheHeaderFrozen() throws Exception {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(Workbooks.of(List.of(table))))) {
            Sheet sheet = workbook.getSheet("Phụ lục 2");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("PHỤ LỤC 2. TỶ LỆ HỒ SƠ XỬ LÝ TRỰC TUYẾN");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Từ ngày 15/12/2021 đến ngày 14/03/2022");
            int header = Workbooks.HEADER_ROW;
            assertThat(sheet.getRow(header).getCell(2).getStringCellValue()).isEqualTo("Tổng số hồ sơ tiếp nhận");
            assertThat(sheet.getRow(header).getCell(3).getStringCellValue()).isEqualTo("Tỷ lệ hồ sơ trực tuyến");
            assertThat(workbook.getFontAt(sheet.getRow(header).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            var first = sheet.getRow(header + 1);
            assertThat(first.getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(1).getStringCellValue()).isEqualTo("Sở Tài nguyên và Môi trường");
            assertThat(first.getCell(2).getNumericCellValue()).isEqualTo(141_618d);
            assertThat(first.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            assertThat(first.getCell(3).getNumericCellValue()).isEqualTo(0.2162d);
            assertThat(first.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("0.00%");
            assertThat(first.getCell(4).getNumericCellValue()).isEqualTo(-0.35d);
            assertThat(first.getCell(4).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            assertThat(first.getCell(5).getNumericCellValue()).isEqualTo(165_100_000_000d);
            var second = sheet.getRow(header + 2);
            assertThat(second.getCell(3)).as("no percent without a denominator: an empty cell").isNull();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) (header + 1));
            assertThat(sheet.getColumnWidth(1)).isGreaterThan(sheet.getColumnWidth(0));
        }
    }

    @Test
    void textThatStartsLikeAFormulaIsAQuotedTextCell() throws Exception {
        List<String> supplied = List.of("=HYPERLINK(\"http://x\",\"y\")", "+1+1", "-2+3", "@SUM(A1)", "\tx", "\rx", "Hộ tịch");
        Table formulas = new Table("Lĩnh vực", "x", "x", List.of(Column.text("field", "Lĩnh vực")),
                supplied.stream().<List<Object>>map(List::of).toList());
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(Workbooks.of(List.of(formulas))))) {
            Sheet sheet = workbook.getSheet("Lĩnh vực");
            for (int r = 0; r < supplied.size(); r++) {
                var cell = sheet.getRow(Workbooks.HEADER_ROW + 1 + r).getCell(0);
                assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
                assertThat(cell.getStringCellValue()).isEqualTo(supplied.get(r));
                assertThat(cell.getCellStyle().getQuotePrefixed()).isEqualTo(r < supplied.size() - 1);
            }
        }
    }

    @Test
    void aRowMustFillEveryColumn() {
        assertThatThrownBy(() -> new Table("x", "x", "x", List.of(Column.text("a", "A")), List.of(List.of("1", "2"))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
