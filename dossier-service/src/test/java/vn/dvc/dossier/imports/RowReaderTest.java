package vn.dvc.dossier.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RowReaderTest {

    private static final List<String> HEADERS = List.of("STT", "Mã sự kiện", "Mã hồ sơ", "Họ tên người nộp", "Số điện thoại",
            "Trạng thái", "Thời điểm", "Đơn vị xử lý", "Mã TTHC", "Kênh", "Ngày hẹn trả", "Số hóa", "Có lệ phí");

    private final RowReader reader = RowReader.of(ImportKind.DOSSIER_EVENTS, HEADERS).reader();

    @Test
    void aRowBecomesTheBatchEndpointsItemAndUnknownColumnsAreNeverRead() {
        RowReader.Row row = reader.read(List.of("1", "E-1", "000.00.17.H10-220601-0001", "Nguyễn Văn A", "0912345678", "2",
                "01/06/2022 08:30", "BP.SO-TTTT", "1.004227", "2", "08/06/2022 17:00", "có", "Không"));
        assertThat(row.reasons()).isEmpty();
        assertThat(row.item().toString()).isEqualTo("{\"eventId\":\"E-1\",\"dossierId\":\"000.00.17.H10-220601-0001\","
                + "\"status\":\"RECEIVED\",\"occurredAt\":\"2022-06-01T08:30:00+07:00\",\"unitCode\":\"BP.SO-TTTT\",\"serviceCode\":\"1.004227\","
                + "\"channel\":\"2\",\"dueAt\":\"2022-06-08T17:00:00+07:00\",\"inputsDigitised\":true,\"feeRequired\":false}");
        assertThat(row.item().toString()).doesNotContain("Nguyễn").doesNotContain("0912345678");
    }

    @Test
    void aBadRowSaysWhyFieldByFieldInVietnamese() {
        RowReader.Row row = reader.read(List.of("2", "E-2", "", "", "", "2", "31/02/2022 08:30", "BP", "1.1", "2", "", "có lẽ", ""));
        assertThat(row.item()).isNull();
        assertThat(row.reasons()).extracting(RowReader.Reason::field).containsExactlyInAnyOrder("occurredAt", "inputsDigitised", "dossierId");
        assertThat(row.reasons()).extracting(RowReader.Reason::reason)
                .contains("không phải thời điểm (dd/MM/yyyy HH:mm, yyyyMMddHHmmss hoặc ISO-8601)", "thiếu giá trị");
    }

    @Test
    void aReasonNeverHoldsTheCellsContent() {
        // a name with a comma shifted every cell after it one column right: the phone number lands in the time's column
        RowReader.Row row = reader.read(List.of("3", "E-3", "HS-3", "Nguyễn", "Văn A", "0912345777", "2", "BP", "1.1", "2",
                "08/06/2022 17:00", "có", "Không"));
        assertThat(row.item()).isNull();
        assertThat(row.reasons().toString()).doesNotContain("0912").doesNotContain("777").doesNotContain("Nguyễn");
        assertThat(row.reasons()).extracting(RowReader.Reason::field).containsExactlyInAnyOrder("status", "occurredAt");
    }

    @Test
    void amountsBelowZeroOrNotNumbersAreRefusedNamingTheirColumn() {
        RowReader rows = RowReader.of(ImportKind.DVCQG_DOSSIERS, List.of("Mã hồ sơ", "Trạng thái hồ sơ", "Tổng lệ phí")).reader();
        assertThat(rows.read(List.of("H10.1", "2", "-50.000")).reasons()).extracting(RowReader.Reason::field).containsExactly("LePhi");
        assertThat(rows.read(List.of("H10.1", "2", "năm mươi nghìn")).reasons()).extracting(RowReader.Reason::field).containsExactly("LePhi");
        assertThat(rows.read(List.of("H10.1", "2", "50.000")).item().path("LePhi").asLong()).isEqualTo(50_000);
        assertThat(rows.read(List.of("H10.1", "2", "x".repeat(2_000))).reasons()).extracting(RowReader.Reason::reason)
                .containsExactly("dài quá 1000 ký tự");
    }

    @Test
    void aFileWithoutARequiredColumnIsRefusedBeforeAnyRow() {
        RowReader.Header header = RowReader.of(ImportKind.DOSSIER_EVENTS, List.of("Mã hồ sơ", "Trạng thái"));
        assertThat(header.reader()).isNull();
        assertThat(header.missingFields()).containsExactly("occurredAt");
    }

    @Test
    void aFileSaysItsKindByItsHeaders() {
        assertThat(RowReader.kindOf(List.of("Mã hồ sơ", "Trạng thái", "Thời điểm", "Đơn vị xử lý"))).contains(ImportKind.DOSSIER_EVENTS);
        assertThat(RowReader.kindOf(List.of("MaHoSo", "TrangThaiHoSo", "NgayTiepNhan", "DonViXuLy", "KenhThucHien")))
                .contains(ImportKind.DVCQG_DOSSIERS);
        assertThat(RowReader.kindOf(List.of("Mã giao dịch", "Đơn vị", "Lĩnh vực", "Loại", "Số tiền", "Trạng thái",
                "Ngày thanh toán", "Kênh thanh toán"))).contains(ImportKind.PAYMENTS);
        assertThat(RowReader.kindOf(List.of("Đơn vị", "Từ ngày", "Đến ngày", "Tổng số"))).contains(ImportKind.DOSSIER_TOTALS);
        assertThat(RowReader.kindOf(List.of("Họ tên", "Số điện thoại"))).isEmpty();
    }

    @Test
    void portalTimesAreWrittenAsThePortalWritesThem() {
        RowReader rows = RowReader.of(ImportKind.DVCQG_DOSSIERS, List.of("MaHoSo", "TrangThaiHoSo", "NgayTiepNhan")).reader();
        assertThat(rows.read(List.of("H10.1", "2", "05/01/2022 08:30")).item().path("NgayTiepNhan").asText()).isEqualTo("20220105083000");
    }

    @Test
    void totalsReadVietnameseNumbers() {
        RowReader totals = RowReader.of(ImportKind.DOSSIER_TOTALS, List.of("Đơn vị", "Từ ngày", "Đến ngày", "Tổng số hồ sơ")).reader();
        assertThat(totals.read(List.of("BP.H01", "01/06/2022", "01/07/2022", "1.234")).item().toString())
                .isEqualTo("{\"unitCode\":\"BP.H01\",\"from\":\"2022-06-01\",\"to\":\"2022-07-01\",\"total\":1234}");
        assertThat(totals.read(List.of("BP.H01", "01/06/2022", "01/07/2022", "nhiều")).reasons())
                .extracting(RowReader.Reason::field).containsExactly("total");
    }
}
