package vn.dvc.reporting.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import vn.dvc.commons.web.PortalTime;

/** What a Vietnamese reader sees for the suite's codes: indicators, tiers, and dates as dd/MM/yyyy. */
public final class VietnameseLabels {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");
    private static final Map<String, String> INDICATORS = Map.ofEntries(
            Map.entry("ONLINE_SERVICE_UPTAKE", "Tỷ lệ DVCTT có phát sinh hồ sơ"),
            Map.entry("ONLINE_SERVICE_UPTAKE_ONLINE", "Tỷ lệ DVCTT có phát sinh hồ sơ trực tuyến"),
            Map.entry("ONLINE_DOSSIER_SHARE", "Tỷ lệ hồ sơ xử lý trực tuyến"),
            Map.entry("ONLINE_DOSSIER_SHARE_REPORTED", "Tỷ lệ hồ sơ trực tuyến theo số đơn vị báo cáo"),
            Map.entry("DOSSIERS_NOT_ENTERED", "Số hồ sơ chưa cập nhật lên Cổng"),
            Map.entry("INPUT_DIGITISATION", "Tỷ lệ số hóa hồ sơ"),
            Map.entry("E_RESULT", "Tỷ lệ cấp kết quả điện tử"),
            Map.entry("ONLINE_REPORTING", "Tỷ lệ báo cáo trực tuyến"),
            Map.entry("REPORT_COMPLETION", "Tỷ lệ hoàn thành báo cáo"),
            Map.entry("REPORT_TIMELINESS", "Tỷ lệ báo cáo đúng hạn"),
            Map.entry("ON_TIME_RESOLUTION", "Tỷ lệ hồ sơ giải quyết đúng hạn"),
            Map.entry("LATE_RESOLUTION", "Tỷ lệ hồ sơ giải quyết quá hạn"),
            Map.entry("OPEN_OVERDUE", "Số hồ sơ đang xử lý quá hạn"),
            Map.entry("APOLOGY_COMPLIANCE", "Tỷ lệ hồ sơ quá hạn có phiếu xin lỗi đúng quy định"),
            Map.entry("ONLINE_PAYMENT_SHARE", "Tỷ lệ hồ sơ thanh toán trực tuyến"),
            Map.entry("PAYMENT_ENABLED_UNITS", "Tỷ lệ đơn vị có tài khoản thanh toán trực tuyến"),
            Map.entry("PAYMENT_AMOUNT_VND", "Số tiền thanh toán trực tuyến (đồng)"));
    private static final Map<String, String> TIERS = Map.of("PROVINCE", "Cấp tỉnh", "DEPARTMENT", "Sở, ban, ngành",
            "DISTRICT", "Cấp huyện", "COMMUNE", "Cấp xã");

    private VietnameseLabels() {
    }

    public static String indicator(String code) {
        return INDICATORS.getOrDefault(code, code);
    }

    public static String tier(String tier) {
        return tier == null ? "" : TIERS.getOrDefault(tier, tier);
    }

    /** A reminder's channel: EMAIL, WEBHOOK. */
    public static String reminderChannel(String channel) {
        return "EMAIL".equals(channel) ? "thư điện tử" : "webhook";
    }

    public static String day(LocalDate day) {
        return DAY.format(day);
    }

    /** "16:00 ngày 04/12/2026", local time. */
    public static String moment(Instant at) {
        return MOMENT.format(at.atZone(PortalTime.LOCAL_ZONE));
    }

    /** "Từ ngày 01/06/2022 đến ngày 31/08/2022" for the local days [from, to). */
    public static String period(LocalDate from, LocalDate to) {
        return "Từ ngày " + day(from) + " đến ngày " + day(to.minusDays(1));
    }
}
