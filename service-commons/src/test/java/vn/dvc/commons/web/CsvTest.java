package vn.dvc.commons.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void textAFormulaWouldRunIsWrittenAsTextAndNumbersAsThemselves() {
        String csv = Csv.of(List.of("Lĩnh vực", "Số tiền"), List.of(
                List.of("=HYPERLINK(\"http://x\",\"y\")", -5), List.of("+1", 0), List.of("-1+2", 1), List.of("@SUM(A1)", 2),
                List.of("\tx", 3), List.of("\rx", 4), Arrays.asList("Hộ tịch, chứng thực", null)));
        assertThat(csv.split("\r\n")).containsExactly("\uFEFFLĩnh vực,Số tiền",
                "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",-5", "'+1,0", "'-1+2,1", "'@SUM(A1),2", "'\tx,3", "\"'\rx\",4",
                "\"Hộ tịch, chứng thực\",");
    }
}
