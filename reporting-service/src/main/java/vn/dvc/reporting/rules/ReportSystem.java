package vn.dvc.reporting.rules;

/** The report systems a unit reports through (docs/counting-rules.md, glossary "report"), with their Vietnamese names. */
public enum ReportSystem {
    GRIS("Hệ thống thông tin báo cáo Chính phủ (GRIS)"),
    LRIS("Hệ thống thông tin báo cáo tỉnh (LRIS)"),
    NATIONAL("Hệ thống báo cáo quốc gia"),
    IOC("Trung tâm Giám sát, điều hành đô thị thông minh (IOC)"),
    DISTRICT("Hệ thống báo cáo cấp huyện"),
    STEERING("Báo cáo Ban Chỉ đạo (2 ngày một lần)");

    private final String label;

    ReportSystem(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
