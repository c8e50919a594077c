package vn.dvc.rules;

import static vn.dvc.rules.FigureUnit.COUNT;
import static vn.dvc.rules.FigureUnit.PERCENT;
import static vn.dvc.rules.FigureUnit.VND;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Every indicator the suite serves, once (docs/architecture.md, "Adding an indicator"): the kpi-service computes the
 * entries' rules, serves the catalogue at {@code GET /indicators}; the dashboard, the spreadsheets, the bulletin and
 * the OpenAPI read their names and targets from here. The order is the order figures are shown in.
 */
public final class IndicatorCatalogue {

    private static final String PLAN = "KH 170/KH-UBND 2022, III.";
    private static final String DECISION_766 = "Quyết định 766/QĐ-TTg 2022 (bộ chỉ số, tái dựng): đạt tối đa ở 80 %";
    private static final String DOSSIERS_RECEIVED = "hồ sơ tiếp nhận trong kỳ";
    private static final String FEEDBACK_RECEIVED = "phản ánh, kiến nghị tiếp nhận trong kỳ";
    private static final String REPORTS_EXPECTED = "báo cáo phải nộp có hạn trong kỳ";

    private static final List<IndicatorEntry> ENTRIES = List.of(
            IndicatorEntry.of(new OnlineServiceUptake(), "Tỷ lệ DVCTT có phát sinh hồ sơ", "Online services used", PERCENT)
                    .counting("DVCTT mức 3, 4 trong phạm vi có hồ sơ tiếp nhận trong kỳ", "DVCTT mức 3, 4 trong phạm vi")
                    .planTarget("80.0", PLAN + "1"),
            IndicatorEntry.of(new OnlineServiceUptakeOnline(), "Tỷ lệ DVCTT có phát sinh hồ sơ trực tuyến",
                            "Online services used online", PERCENT)
                    .counting("DVCTT mức 3, 4 trong phạm vi có hồ sơ tiếp nhận trực tuyến trong kỳ", "DVCTT mức 3, 4 trong phạm vi")
                    .target("80.0", PLAN + "1"),
            IndicatorEntry.of(new OnlineDossierShare(), "Tỷ lệ hồ sơ xử lý trực tuyến", "Dossiers handled online", PERCENT)
                    .counting("hồ sơ tiếp nhận trực tuyến trong kỳ", DOSSIERS_RECEIVED)
                    .planTarget("50.0", PLAN + "2"),
            IndicatorEntry.of(new OnlineDossierShareReported(), "Tỷ lệ hồ sơ trực tuyến theo số đơn vị báo cáo",
                            "Dossiers handled online, against the units' reported totals", PERCENT)
                    .counting("hồ sơ tiếp nhận trực tuyến trong kỳ", "tổng theo đơn vị của số lớn hơn giữa hồ sơ trên Cổng và số đơn vị báo cáo")
                    .target("50.0", PLAN + "2"),
            IndicatorEntry.of(new DossiersNotEntered(), "Số hồ sơ chưa cập nhật lên Cổng", "Dossiers never entered in the portal", COUNT)
                    .counting("tổng theo đơn vị của phần số báo cáo vượt số hồ sơ trên Cổng", null)
                    .target("0", PLAN + "2"),
            IndicatorEntry.of(new InputDigitisation(), "Tỷ lệ số hóa hồ sơ", "Dossiers digitised at intake", PERCENT)
                    .counting("hồ sơ tiếp nhận trong kỳ có thành phần được số hóa", DOSSIERS_RECEIVED)
                    .planTarget("100.0", PLAN + "3"),
            IndicatorEntry.of(new ElectronicResult(), "Tỷ lệ cấp kết quả điện tử", "Results issued electronically", PERCENT)
                    .counting("hồ sơ giải quyết trong kỳ có kết quả điện tử", "hồ sơ giải quyết trong kỳ")
                    .target("100.0", PLAN + "3"),
            IndicatorEntry.of(new DataReuse(), "Tỷ lệ hồ sơ tái sử dụng dữ liệu đã số hóa", "Dossiers re-using digitised data",
                            PERCENT)
                    .counting("hồ sơ tiếp nhận trong kỳ có thành phần được tái sử dụng từ dữ liệu đã số hóa", DOSSIERS_RECEIVED)
                    .target("80.0", DECISION_766),
            IndicatorEntry.of(new PersonalStoreLink(), "Tỷ lệ hồ sơ lấy thành phần từ Kho quản lý dữ liệu điện tử",
                            "Dossiers with a component from the citizen's data store", PERCENT)
                    .counting("hồ sơ tiếp nhận trong kỳ có thành phần lấy từ Kho quản lý dữ liệu điện tử của công dân",
                            DOSSIERS_RECEIVED),
            IndicatorEntry.of(new ResidentDataUse(), "Tỷ lệ hồ sơ khai thác dữ liệu dân cư", "Dossiers using resident data",
                            PERCENT)
                    .counting("hồ sơ tiếp nhận trong kỳ xác thực VNeID, lấy thành phần từ Kho dữ liệu hoặc kết nối "
                            + "Cơ sở dữ liệu quốc gia về dân cư", DOSSIERS_RECEIVED),
            IndicatorEntry.of(new OnTimeResolution(), "Tỷ lệ hồ sơ giải quyết đúng hạn", "Dossiers resolved on time", PERCENT)
                    .counting("hồ sơ giải quyết trong kỳ đúng hạn hoặc trước hạn", "hồ sơ giải quyết trong kỳ")
                    .planTarget("100.0", PLAN + "5"),
            IndicatorEntry.of(new EarlyResolution(), "Tỷ lệ hồ sơ giải quyết trước hạn", "Dossiers resolved early", PERCENT)
                    .counting("hồ sơ giải quyết trong kỳ trước hạn", "hồ sơ giải quyết trong kỳ"),
            IndicatorEntry.of(new ProcedureSatisfaction(), "Mức độ hài lòng về giải quyết thủ tục hành chính",
                            "Satisfaction with the handling of procedures", PERCENT)
                    .counting("hồ sơ giải quyết trong kỳ đúng hạn, không bị đánh giá không hài lòng, không có phản ánh, "
                            + "kiến nghị", "hồ sơ giải quyết trong kỳ")
                    .target("90.0", DECISION_766),
            IndicatorEntry.of(new FeedbackOnTime(), "Tỷ lệ phản ánh, kiến nghị xử lý đúng hạn",
                            "Feedback items handled on time", PERCENT)
                    .counting("phản ánh, kiến nghị tiếp nhận trong kỳ được xử lý đúng hạn hoặc đang xử lý trong hạn",
                            FEEDBACK_RECEIVED),
            IndicatorEntry.of(new FeedbackSatisfaction(), "Mức độ hài lòng về xử lý phản ánh, kiến nghị",
                            "Satisfaction with the handling of feedback items", PERCENT)
                    .counting("phản ánh, kiến nghị tiếp nhận trong kỳ đúng hạn, không bị không thích nhiều hơn thích, "
                            + "không bị phản ánh lại", FEEDBACK_RECEIVED),
            IndicatorEntry.of(new LateResolution(), "Tỷ lệ hồ sơ giải quyết quá hạn", "Dossiers resolved late", PERCENT)
                    .counting("hồ sơ giải quyết trong kỳ quá hạn", "hồ sơ giải quyết trong kỳ")
                    .target("0.0", PLAN + "5"),
            IndicatorEntry.of(new OpenOverdue(), "Số hồ sơ đang xử lý quá hạn", "Open dossiers past due", COUNT)
                    .counting("hồ sơ chưa kết thúc và đã quá hạn tại cuối kỳ", null)
                    .target("0", PLAN + "5"),
            IndicatorEntry.of(new ApologyCompliance(), "Tỷ lệ hồ sơ quá hạn có phiếu xin lỗi đúng quy định",
                            "Late dossiers with a timely apology letter", PERCENT)
                    .counting("hồ sơ quá hạn có văn bản xin lỗi gửi trước hạn ít nhất 01 ngày, có thời hạn mới", "hồ sơ quá hạn trong kỳ")
                    .target("100.0", PLAN + "5"),
            IndicatorEntry.of(new OnlinePaymentShare(), "Tỷ lệ hồ sơ thanh toán trực tuyến", "Fee-bearing dossiers paid online", PERCENT)
                    .counting("hồ sơ có phí, lệ phí tiếp nhận trong kỳ đã thanh toán trực tuyến thành công",
                            "hồ sơ có phí, lệ phí tiếp nhận trong kỳ"),
            IndicatorEntry.of(new PaymentEnabledUnits(), "Tỷ lệ đơn vị có tài khoản thanh toán trực tuyến",
                            "Units able to take online payments", PERCENT)
                    .counting("đơn vị trong phạm vi có tài khoản thanh toán trực tuyến đang hoạt động", "đơn vị trong phạm vi"),
            IndicatorEntry.of(new PaymentAmount(), "Số tiền thanh toán trực tuyến (đồng)", "Amount paid online (VND)", VND)
                    .counting("tổng số tiền thanh toán trực tuyến thành công trong kỳ", null),
            IndicatorEntry.of(new OnlineReporting(), "Tỷ lệ báo cáo trực tuyến", "Reports made online", PERCENT)
                    .counting("báo cáo nộp qua hệ thống trực tuyến", REPORTS_EXPECTED)
                    .planTarget("50.0", PLAN + "4"),
            IndicatorEntry.of(new ReportCompletion(), "Tỷ lệ hoàn thành báo cáo", "Reports submitted", PERCENT)
                    .counting("báo cáo đã nộp", REPORTS_EXPECTED),
            IndicatorEntry.of(new ReportTimeliness(), "Tỷ lệ báo cáo đúng hạn", "Reports submitted on time", PERCENT)
                    .counting("báo cáo nộp đến hạn (kể cả đúng hạn chót)", REPORTS_EXPECTED),
            IndicatorEntry.servedApart(OnlineOnlyCompliance.CODE,
                            "Tỷ lệ hồ sơ tiếp nhận trực tuyến của dịch vụ thí điểm chỉ tiếp nhận trực tuyến",
                            "Online receipts of the online-only pilot's services", PERCENT, "Online-only pilot")
                    .counting("hồ sơ của dịch vụ thí điểm tiếp nhận trực tuyến tại đơn vị thí điểm",
                            "hồ sơ của dịch vụ thí điểm tiếp nhận tại đơn vị thí điểm")
                    .target("100.0", "Kế hoạch thí điểm của chiến dịch"));

    private IndicatorCatalogue() {
    }

    public static List<IndicatorEntry> entries() {
        return ENTRIES;
    }

    /** The rules computed from the summary rows, in the catalogue's order. */
    public static List<IndicatorRule> rules() {
        return ENTRIES.stream().flatMap(entry -> entry.computedBy().stream()).toList();
    }

    public static Optional<IndicatorEntry> entry(String code) {
        return ENTRIES.stream().filter(entry -> entry.code().equals(code)).findFirst();
    }

    /** The default target of an indicator: the plan's, when the plan sets one. */
    public static Optional<BigDecimal> defaultTarget(String code) {
        return entry(code).map(IndicatorEntry::defaultTarget);
    }

    /** What a Vietnamese reader calls the indicator; its code when it has no entry. */
    public static String nameVi(String code) {
        return entry(code).map(IndicatorEntry::nameVi).orElse(code);
    }
}
