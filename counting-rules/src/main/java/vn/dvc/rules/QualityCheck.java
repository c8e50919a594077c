package vn.dvc.rules;

/** The data-quality checks (docs/counting-rules.md, "Data quality"), with the label a provincial officer reads. */
public enum QualityCheck {
    INTAKE_OUTLIER("Số hồ sơ tiếp nhận trong ngày khác xa mức thường lệ của đơn vị"),
    REPORTED_BELOW_PORTAL("Số hồ sơ đơn vị tự báo cáo thấp hơn số hồ sơ trên Cổng"),
    RESOLVED_WITHOUT_RECEIPTS("Có hồ sơ được giải quyết nhưng không có hồ sơ tiếp nhận trong kỳ"),
    RESOLVED_BEFORE_RECEIVED("Hồ sơ có kết quả trước khi được tiếp nhận"),
    SHARE_JUMP("Tỷ lệ thay đổi quá 30 điểm phần trăm so với tuần trước");

    private final String label;

    QualityCheck(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
