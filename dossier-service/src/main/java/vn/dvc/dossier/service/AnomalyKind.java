package vn.dvc.dossier.service;

/** What the anomaly worklist flags (docs/counting-rules.md, "Dossier lifecycle"), with the label an officer reads. */
public enum AnomalyKind {
    EVENT_AFTER_RESOLUTION("Có xử lý sau khi hồ sơ đã có kết quả (kết thúc trên hệ thống khi còn đang xử lý)"),
    EXTENSION_WITHOUT_REASON("Gia hạn không nêu lý do"),
    APOLOGY_TOO_LATE("Phiếu xin lỗi phát hành chưa đủ 1 ngày trước hạn xử lý"),
    APOLOGY_WITHOUT_NEW_TIME("Phiếu xin lỗi không hẹn lại ngày trả kết quả"),
    REPEATED_SUPPLEMENT_REQUEST("Yêu cầu bổ sung hồ sơ nhiều hơn một lần"),
    NEVER_RECEIVED("Có sự kiện cho hồ sơ chưa được tiếp nhận"),
    RECEIVED_AFTER_END("Hồ sơ có kết quả trước khi được tiếp nhận");

    private final String label;

    AnomalyKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
