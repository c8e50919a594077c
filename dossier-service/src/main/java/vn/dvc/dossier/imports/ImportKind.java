package vn.dvc.dossier.imports;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one kind of history file holds: its fields, each with its type, whether a row needs it, and the headers office
 * exports give it. A row of the kind becomes the JSON item the suite's own batch endpoint for it takes.
 */
public record ImportKind(String name, List<Field> fields) {

    /** How a cell is read. */
    public enum Type {
        /** Text as it is. */
        TEXT,
        /** A time, written as ISO-8601 with its offset. */
        TIME,
        /** A time, written as the national portal writes it: yyyyMMddHHmmss, local to Asia/Ho_Chi_Minh. */
        PORTAL_TIME,
        /** A day, written as ISO-8601. */
        DATE,
        BOOLEAN,
        NUMBER,
        /** An amount of đồng or a count: a number, zero or more. */
        AMOUNT,
        /** A dossier's status: its name, its DVCQG code or the Vietnamese words offices write for it; written as its name. */
        STATUS
    }

    /** A field of the item, its type, whether every row needs it, and the headers that name it. */
    public record Field(String name, Type type, boolean required, List<String> headers) {
    }

    /**
     * Dossier events, in the suite's own fields (the batch endpoint's). Exports seldom have event ids: without one, a
     * row's id comes from its dossier, status and time, as a national portal snapshot's steps do.
     */
    public static final ImportKind DOSSIER_EVENTS = new ImportKind("dossier-events", List.of(
            new Field("eventId", Type.TEXT, false, List.of("Mã sự kiện", "Event ID")),
            new Field("dossierId", Type.TEXT, true, List.of("Mã hồ sơ", "MaHoSo", "Số hồ sơ", "Dossier ID")),
            new Field("status", Type.STATUS, true, List.of("Trạng thái", "TrangThai", "TrangThaiHoSo", "Status")),
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

    /**
     * Dossier rows as the national portal's sync holds them (docs/dvcqg-sync.md), one row per dossier: the snapshot's
     * fields, its fees as one amount and its electronic result as yes or no. Supplements do not fit a row.
     */
    public static final ImportKind DVCQG_DOSSIERS = new ImportKind("dvcqg-dossiers", List.of(
            new Field("MaHoSo", Type.TEXT, true, List.of("Mã hồ sơ", "Số hồ sơ")),
            new Field("TrangThaiHoSo", Type.TEXT, true, List.of("Trạng thái hồ sơ", "Mã trạng thái")),
            new Field("MaTTHC", Type.TEXT, false, List.of("Mã TTHC", "Mã thủ tục")),
            new Field("MaLinhVuc", Type.TEXT, false, List.of("Mã lĩnh vực")),
            new Field("DonViXuLy", Type.TEXT, false, List.of("Đơn vị xử lý", "Mã đơn vị xử lý")),
            new Field("KenhThucHien", Type.TEXT, false, List.of("Kênh thực hiện")),
            new Field("NgayTiepNhan", Type.PORTAL_TIME, false, List.of("Ngày tiếp nhận")),
            new Field("NgayHenTra", Type.PORTAL_TIME, false, List.of("Ngày hẹn trả")),
            new Field("NgayKetThucXuLy", Type.PORTAL_TIME, false, List.of("Ngày kết thúc xử lý")),
            new Field("NgayTra", Type.PORTAL_TIME, false, List.of("Ngày trả", "Ngày trả kết quả")),
            new Field("LePhi", Type.AMOUNT, false, List.of("Lệ phí", "Phí, lệ phí", "Tổng lệ phí")),
            new Field("DuocThanhToanTrucTuyen", Type.BOOLEAN, false, List.of("Thanh toán trực tuyến")),
            new Field("HoSoCoThanhPhanSoHoa", Type.BOOLEAN, false, List.of("Có thành phần số hóa", "Số hóa")),
            new Field("KetQuaDienTu", Type.BOOLEAN, false, List.of("Kết quả điện tử", "Có kết quả điện tử"))));

    /** Online payments (the payments batch endpoint's fields). */
    public static final ImportKind PAYMENTS = new ImportKind("payments", List.of(
            new Field("transactionId", Type.TEXT, true, List.of("Mã giao dịch", "Transaction ID")),
            new Field("dossierId", Type.TEXT, false, List.of("Mã hồ sơ", "Dossier ID")),
            new Field("unitCode", Type.TEXT, true, List.of("Mã đơn vị", "Đơn vị", "Unit")),
            new Field("field", Type.TEXT, true, List.of("Lĩnh vực", "Field")),
            new Field("kind", Type.TEXT, true, List.of("Loại khoản thu", "Loại", "Kind")),
            new Field("amountVnd", Type.AMOUNT, true, List.of("Số tiền", "Số tiền (đồng)", "Amount")),
            new Field("status", Type.TEXT, true, List.of("Trạng thái", "Status")),
            new Field("paidAt", Type.TIME, true, List.of("Thời điểm thanh toán", "Ngày thanh toán", "Paid at")),
            new Field("provider", Type.TEXT, true, List.of("Đơn vị cung cấp", "Kênh thanh toán", "Provider"))));

    /** Units' self-reported totals (the totals endpoint's fields). */
    public static final ImportKind DOSSIER_TOTALS = new ImportKind("dossier-totals", List.of(
            new Field("unitCode", Type.TEXT, true, List.of("Mã đơn vị", "Đơn vị", "Unit")),
            new Field("from", Type.DATE, true, List.of("Từ ngày", "From")),
            new Field("to", Type.DATE, true, List.of("Đến ngày", "To")),
            new Field("total", Type.AMOUNT, true, List.of("Tổng số hồ sơ", "Tổng số", "Số hồ sơ tiếp nhận", "Total")),
            new Field("source", Type.TEXT, false, List.of("Nguồn", "Source"))));

    /**
     * Applicants' satisfaction ratings (the ratings endpoint's fields, DanhGiaHaiLong): who rated and what they wrote
     * have no column here and are never read.
     */
    public static final ImportKind DOSSIER_RATINGS = new ImportKind("dossier-ratings", List.of(
            new Field("Id", Type.TEXT, false, List.of("Mã đánh giá", "Rating ID")),
            new Field("MaHoSo", Type.TEXT, true, List.of("Mã hồ sơ", "Số hồ sơ", "Dossier ID")),
            new Field("DanhGia", Type.TEXT, true, List.of("Đánh giá", "Mức độ hài lòng", "Kết quả đánh giá", "Rating")),
            new Field("ThoiGianDanhGia", Type.TIME, true, List.of("Thời gian đánh giá", "Ngày đánh giá", "Rated at")),
            new Field("LoaiDanhGia", Type.TEXT, false, List.of("Loại đánh giá", "Đối tượng đánh giá", "Source"))));

    /**
     * Feedback items (phản ánh, kiến nghị), one row per item: its steps as one time column each (the latest transfer
     * with the unit it went to). The sender and the text have no column and are never read.
     */
    public static final ImportKind FEEDBACK_ITEMS = new ImportKind("feedback-items", List.of(
            new Field("id", Type.TEXT, true, List.of("Mã phản ánh", "Mã PAKN", "Feedback ID")),
            new Field("unitCode", Type.TEXT, true, List.of("Đơn vị tiếp nhận", "Mã đơn vị", "Unit")),
            new Field("receivedAt", Type.TIME, true, List.of("Ngày tiếp nhận", "Thời gian tiếp nhận", "Received at")),
            new Field("dossierId", Type.TEXT, false, List.of("Mã hồ sơ", "Dossier ID")),
            new Field("transferredAt", Type.TIME, false, List.of("Ngày chuyển", "Ngày chuyển xử lý", "Transferred at")),
            new Field("transferredTo", Type.TEXT, false, List.of("Đơn vị nhận chuyển", "Chuyển đến", "Transferred to")),
            new Field("refusedAt", Type.TIME, false, List.of("Ngày từ chối", "Refused at")),
            new Field("supplementRequestedAt", Type.TIME, false, List.of("Ngày yêu cầu bổ sung", "Supplement requested at")),
            new Field("handledAt", Type.TIME, false, List.of("Ngày xử lý xong", "Ngày trả lời", "Handled at")),
            new Field("publishedAt", Type.TIME, false, List.of("Ngày công khai", "Published at")),
            new Field("likes", Type.AMOUNT, false, List.of("Lượt thích", "Số lượt thích", "Likes")),
            new Field("dislikes", Type.AMOUNT, false, List.of("Lượt không thích", "Số lượt không thích", "Dislikes")),
            new Field("reRaised", Type.BOOLEAN, false, List.of("Phản ánh lại", "Re-raised"))));

    /** Procedure publications, one row per procedure and decision; the lists as names separated by commas. */
    public static final ImportKind PROCEDURE_PUBLICATIONS = new ImportKind("procedure-publications", List.of(
            new Field("id", Type.TEXT, true, List.of("Mã bản ghi", "Mã công bố", "Publication ID")),
            new Field("procedureCode", Type.TEXT, true, List.of("Mã thủ tục", "Mã TTHC", "MaTTHC", "Procedure")),
            new Field("unitCode", Type.TEXT, true, List.of("Đơn vị công bố", "Mã đơn vị", "Unit")),
            new Field("decisionNumber", Type.TEXT, true, List.of("Số quyết định", "Số quyết định công bố", "Decision number")),
            new Field("decidedOn", Type.DATE, true, List.of("Ngày quyết định", "Ngày ban hành quyết định", "Decided on")),
            new Field("change", Type.TEXT, true, List.of("Loại công bố", "Hình thức công bố", "Change")),
            new Field("legalBasisEffectiveOn", Type.DATE, false, List.of("Ngày văn bản có hiệu lực", "Ngày hiệu lực", "Effective on")),
            new Field("publishedAt", Type.TIME, false, List.of("Thời điểm công khai", "Ngày công khai", "Published at")),
            new Field("contentParts", Type.TEXT, false, List.of("Bộ phận nội dung", "Nội dung công khai", "Content parts")),
            new Field("applicantKinds", Type.TEXT, false, List.of("Đối tượng thực hiện", "Applicant kinds"))));

    /** Every kind, in the order a file's headers are matched against them. */
    public static final List<ImportKind> ALL = List.of(DOSSIER_EVENTS, DVCQG_DOSSIERS, PAYMENTS, DOSSIER_TOTALS,
            DOSSIER_RATINGS, FEEDBACK_ITEMS, PROCEDURE_PUBLICATIONS);

    /** The kind of this name. */
    public static Optional<ImportKind> named(String name) {
        return ALL.stream().filter(kind -> kind.name.equals(name)).findFirst();
    }

    /** Every field's headers, the field's own name among them. */
    public HeaderNames headerNames() {
        Map<String, List<String>> aliases = new LinkedHashMap<>();
        fields.forEach(field -> aliases.put(field.name(), field.headers()));
        return new HeaderNames(aliases);
    }
}
