package vn.dvc.rules;

/**
 * Counting rules v1, "Decision 766 score": the parts of the 766 index the suite measures, each a rate whose numerator
 * a province can raise — by adding dossiers or items that count on both sides (a new dossier resolved on time, received
 * fully online, resolved with an e-result, received with digitised inputs; a feedback item handled on time) or by
 * turning existing ones (paying online a fee-bearing dossier already received; entering on the portal a dossier the
 * unit reported but never entered).
 */
public enum ScoreLever {
    DOSSIERS_SYNCHRONISED(false, "hồ sơ đơn vị đã báo cáo nhưng chưa nhập lên Cổng được nhập"),
    RESOLUTION_PROGRESS(true, "hồ sơ được giải quyết đúng hạn"),
    FULLY_ONLINE_DOSSIERS(true, "hồ sơ được nộp trực tuyến toàn trình"),
    ONLINE_PAYMENT(false, "hồ sơ có phí được thanh toán trực tuyến"),
    E_RESULTS(true, "hồ sơ được trả kết quả điện tử"),
    DIGITISED_INPUTS(true, "hồ sơ được số hóa thành phần khi tiếp nhận"),
    DATA_REUSE(true, "hồ sơ tái sử dụng dữ liệu đã số hóa"),
    PERSONAL_STORE_LINK(true, "hồ sơ lấy thành phần từ Kho quản lý dữ liệu điện tử"),
    RESIDENT_DATA_USE(true, "hồ sơ khai thác dữ liệu dân cư"),
    PROCEDURE_SATISFACTION(true, "hồ sơ được giải quyết đúng hạn, không bị đánh giá không hài lòng"),
    FEEDBACK_ON_TIME(true, "phản ánh, kiến nghị được xử lý đúng hạn"),
    PUBLISHED_ON_TIME(true, "thủ tục được công bố đúng hạn (trước ngày văn bản có hiệu lực ít nhất 5 ngày làm việc)"),
    UPDATED_ON_TIME(true, "thủ tục được công khai trong 5 ngày làm việc kể từ ngày quyết định công bố"),
    COMPLETE_CONTENT(false, "thủ tục đã công khai được bổ sung đủ bảy bộ phận nội dung"),
    E_CERTIFIED_COPIES(false, "xã bắt đầu chứng thực bản sao điện tử từ bản chính"),
    PROCEDURES_LINKED_RESIDENT_DATA(false, "thủ tục dành cho cá nhân có hồ sơ khai thác dữ liệu dân cư"),
    FEEDBACK_SATISFACTION(true, "phản ánh, kiến nghị được xử lý đúng hạn, không bị phản ánh lại, lượt thích không ít hơn lượt không thích");

    private final boolean addsDossiers;
    private final String label;

    ScoreLever(boolean addsDossiers, String label) {
        this.addsDossiers = addsDossiers;
        this.label = label;
    }

    /** Whether each step adds a dossier to both sides of the rate; otherwise it turns one already in the denominator. */
    public boolean addsDossiers() {
        return addsDossiers;
    }

    /** What one step is, as a provincial officer reads it. */
    public String label() {
        return label;
    }
}
