package vn.dvc.reporting.service;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import vn.dvc.contracts.catalog.Tier;
import vn.dvc.reporting.model.FormRequest.IndicatorRequest;
import vn.dvc.reporting.model.FormRequest;
import vn.dvc.reporting.rules.Frequency;
import vn.dvc.reporting.rules.ReportSystem;

/**
 * The report forms a province owes under the plan (docs/counting-rules.md, glossary "report"): GRIS II.01b, II.05a and II.06
 * quarterly from every commune; LRIS monthly from every department (its 312 indicators, each with its department, are
 * the province's own list: PUT them on the form); the national system's 8 indicators monthly and the IOC's 6 daily,
 * from the province; the district report systems monthly; the steering report every 2 days before 17:00 from every
 * department and district.
 */
public final class StandardForms {

    private StandardForms() {
    }

    public static List<FormRequest> from(LocalDate activeFrom, LocalDate activeTo) {
        return List.of(
                form("II.01b", "Biểu II.01b/VPCP/KSTT: Tình hình, kết quả giải quyết thủ tục hành chính", ReportSystem.GRIS,
                        Frequency.QUARTERLY, "15D", List.of(Tier.COMMUNE), List.of(), activeFrom, activeTo),
                form("II.05a", "Biểu II.05a/VPCP/KSTT: Tình hình, kết quả tiếp nhận, xử lý phản ánh, kiến nghị",
                        ReportSystem.GRIS, Frequency.QUARTERLY, "15D", List.of(Tier.COMMUNE), List.of(), activeFrom, activeTo),
                form("II.06", "Biểu II.06/VPCP/KSTT: Tình hình, kết quả thực hiện cơ chế một cửa, một cửa liên thông",
                        ReportSystem.GRIS, Frequency.QUARTERLY, "15D", List.of(Tier.COMMUNE), List.of(), activeFrom, activeTo),
                form("LRIS", "Chỉ tiêu báo cáo trên Hệ thống thông tin báo cáo tỉnh", ReportSystem.LRIS,
                        Frequency.MONTHLY, "5D", List.of(Tier.DEPARTMENT), List.of(), activeFrom, activeTo),
                form("NATIONAL", "Chỉ tiêu báo cáo trên Hệ thống báo cáo quốc gia", ReportSystem.NATIONAL,
                        Frequency.MONTHLY, "5D", List.of(Tier.PROVINCE), indicators("NATIONAL", 8), activeFrom, activeTo),
                form("IOC", "Chỉ tiêu cập nhật lên Trung tâm IOC", ReportSystem.IOC, Frequency.DAILY, "0D@17:00",
                        List.of(Tier.PROVINCE), indicators("IOC", 6), activeFrom, activeTo),
                form("DISTRICT", "Báo cáo trên hệ thống báo cáo cấp huyện", ReportSystem.DISTRICT, Frequency.MONTHLY,
                        "5D", List.of(Tier.DISTRICT), List.of(), activeFrom, activeTo),
                form("STEERING", "Báo cáo tiến độ gửi Ban Chỉ đạo (2 ngày một lần, trước 17 giờ)", ReportSystem.STEERING,
                        Frequency.EVERY_2_DAYS, "0D@17:00", List.of(Tier.DEPARTMENT, Tier.DISTRICT), List.of(), activeFrom, activeTo));
    }

    private static FormRequest form(String code, String name, ReportSystem system, Frequency frequency, String dueRule,
                                    List<Tier> tiers, List<IndicatorRequest> indicators, LocalDate activeFrom,
                                    LocalDate activeTo) {
        return new FormRequest(code, name, system, frequency, dueRule, null, tiers, null, indicators, activeFrom, activeTo);
    }

    private static List<IndicatorRequest> indicators(String system, int count) {
        return IntStream.rangeClosed(1, count).mapToObj(n -> new IndicatorRequest(system + "-" + n,
                "Chỉ tiêu số " + n, null)).toList();
    }
}
