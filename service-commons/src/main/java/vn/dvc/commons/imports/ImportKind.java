package vn.dvc.commons.imports;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one kind of history file holds: its fields, each with its type, whether a row needs it, and the headers office
 * exports give it. A row of the kind becomes the JSON item the suite's own batch endpoint for it takes.
 */
public record ImportKind(String name, List<Field> fields) {

    /** How a cell is read. */
    public enum Type {
        TEXT, TIME, DATE, BOOLEAN, NUMBER
    }

    /** A field of the item, its type, whether every row needs it, and the headers that name it. */
    public record Field(String name, Type type, boolean required, List<String> headers) {
    }

    /** Dossier events, in the suite's own fields (the batch endpoint's). */
    public static final ImportKind DOSSIER_EVENTS = new ImportKind("dossier-events", List.of(
            new Field("eventId", Type.TEXT, true, List.of("Mã sự kiện", "Event ID")),
            new Field("dossierId", Type.TEXT, true, List.of("Mã hồ sơ", "MaHoSo", "Số hồ sơ", "Dossier ID")),
            new Field("status", Type.TEXT, true, List.of("Trạng thái", "TrangThai", "TrangThaiHoSo", "Status")),
            new Field("occurredAt", Type.TIME, true, List.of("Thời điểm", "Thời gian", "ThoiDiemXuLy", "Occurred at")),
            new Field("unitCode", Type.TEXT, false, List.of("Mã đơn vị", "Đơn vị xử lý", "DonViXuLy", "Unit")),
            new Field("serviceCode", Type.TEXT, false, List.of("Mã thủ tục", "Mã TTHC", "MaTTHC", "Service")),
            new Field("channel", Type.TEXT, false, List.of("Kênh", "Kênh thực hiện", "KenhThucHien", "Channel")),
            new Field("dueAt", Type.TIME, false, List.of("Hạn xử lý", "Ngày hẹn trả", "NgayHenTra", "Due at")),
            new Field("newDueAt", Type.TIME, false, List.of("Hạn mới", "Ngày hẹn trả mới", "NgayHenTraMoi", "New due at")),
            new Field("inputsDigitised", Type.BOOLEAN, false, List.of("Số hóa", "Được số hóa", "DuocSoHoa", "Digitised")),
            new Field("feeRequired", Type.BOOLEAN, false, List.of("Có phí", "Có lệ phí", "Fee required")),
            new Field("electronicResult", Type.BOOLEAN, false, List.of("Kết quả điện tử", "Electronic result")),
            new Field("reason", Type.TEXT, false, List.of("Lý do", "Reason"))));

    /** Units' self-reported totals (the totals endpoint's fields). */
    public static final ImportKind DOSSIER_TOTALS = new ImportKind("dossier-totals", List.of(
            new Field("unitCode", Type.TEXT, true, List.of("Mã đơn vị", "Đơn vị", "Unit")),
            new Field("from", Type.DATE, true, List.of("Từ ngày", "From")),
            new Field("to", Type.DATE, true, List.of("Đến ngày", "To")),
            new Field("total", Type.NUMBER, true, List.of("Tổng số hồ sơ", "Tổng số", "Số hồ sơ tiếp nhận", "Total")),
            new Field("source", Type.TEXT, false, List.of("Nguồn", "Source"))));

    /** Every field's headers, the field's own name among them. */
    public HeaderNames headerNames() {
        Map<String, List<String>> aliases = new LinkedHashMap<>();
        fields.forEach(field -> aliases.put(field.name(), field.headers()));
        return new HeaderNames(aliases);
    }
}
