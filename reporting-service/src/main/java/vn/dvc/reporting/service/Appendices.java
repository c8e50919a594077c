package vn.dvc.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.dvc.commons.web.LocalTime;
import vn.dvc.contracts.catalog.Tier;
import vn.dvc.problem.ProblemException;
import vn.dvc.reporting.client.Figure;
import vn.dvc.reporting.client.KpiApi;
import vn.dvc.reporting.client.PaymentApi.PaymentRow;
import vn.dvc.reporting.client.Peers;
import vn.dvc.reporting.config.BulletinConfig;
import vn.dvc.reporting.model.CompletionReport.FormCompletion;
import vn.dvc.reporting.model.CompletionReport;
import vn.dvc.reporting.model.RateView;
import vn.dvc.reporting.rules.VietnameseLabels;
import vn.dvc.reporting.sheet.Column;
import vn.dvc.reporting.sheet.Table;
import vn.dvc.rules.RulesVersion;
import vn.dvc.rules.time.PortalTime;

/**
 * The plan's appendix tables for a period: 1 online-service uptake, 2 online dossier share with units' own totals,
 * 4 dossier resolution — by unit, from kpi-service; 3 report systems, from reporting-service's own obligations;
 * 5 online payments by unit and field, from payment-service; 6 the tasks of the bulletin's campaign, from kpi-service. All figures are read before anything is written, so a
 * peer that does not answer gives no table at all.
 */
@ApplicationScoped
public class Appendices {

    private static final String WHOLE_PROVINCE = "Toàn tỉnh";
    private static final String TOTAL = "Tổng cộng";
    private static final List<Column> UNIT_COLUMNS = List.of(Column.number("number", "STT"),
            Column.text("unitCode", "Mã đơn vị"), Column.text("unitName", "Tên đơn vị"), Column.text("tier", "Cấp"));

    private final Peers peers;
    private final Completion completion;
    private final BulletinConfig config;

    public Appendices(Peers peers, Completion completion, BulletinConfig config) {
        this.peers = peers;
        this.completion = completion;
        this.config = config;
    }

    public Table appendix(int number, String unit, LocalDate from, LocalDate to, Tier tier) {
        String subtitle = VietnameseLabels.period(from, to) + " (quy tắc đếm phiên bản " + RulesVersion.CURRENT + ")";
        if (number == 1 || number == 2 || number == 4) {
            subtitle += quietNote(unit);
        }
        return switch (number) {
            case 1 -> byUnit("Phụ lục 1", "PHỤ LỤC 1. TỶ LỆ DỊCH VỤ CÔNG TRỰC TUYẾN CÓ PHÁT SINH HỒ SƠ", subtitle, unit, from, to, tier,
                    List.of(Column.number("offerings", "Số DVCTT toàn trình và một phần"),
                            Column.number("used", "Số DVCTT có phát sinh hồ sơ"),
                            Column.percent("usedPercent", VietnameseLabels.indicator("ONLINE_SERVICE_UPTAKE")),
                            Column.number("usedOnline", "Số DVCTT có phát sinh hồ sơ trực tuyến"),
                            Column.percent("usedOnlinePercent", VietnameseLabels.indicator("ONLINE_SERVICE_UPTAKE_ONLINE"))),
                    figures -> Arrays.asList(denominator(figures, "ONLINE_SERVICE_UPTAKE"), numerator(figures, "ONLINE_SERVICE_UPTAKE"),
                            percent(figures, "ONLINE_SERVICE_UPTAKE"), numerator(figures, "ONLINE_SERVICE_UPTAKE_ONLINE"),
                            percent(figures, "ONLINE_SERVICE_UPTAKE_ONLINE")));
            case 2 -> byUnit("Phụ lục 2", "PHỤ LỤC 2. TỶ LỆ HỒ SƠ XỬ LÝ TRỰC TUYẾN", subtitle, unit, from, to, tier,
                    List.of(Column.number("received", "Tổng số hồ sơ tiếp nhận trên Cổng"),
                            Column.number("online", "Số hồ sơ tiếp nhận trực tuyến"),
                            Column.percent("onlinePercent", "Tỷ lệ hồ sơ trực tuyến"),
                            Column.number("receivedReported", "Tổng số hồ sơ theo báo cáo của đơn vị"),
                            Column.percent("onlinePercentReported", "Tỷ lệ hồ sơ trực tuyến theo số báo cáo"),
                            Column.number("notEntered", "Số hồ sơ chưa cập nhật lên Cổng")),
                    figures -> Arrays.asList(denominator(figures, "ONLINE_DOSSIER_SHARE"), numerator(figures, "ONLINE_DOSSIER_SHARE"),
                            percent(figures, "ONLINE_DOSSIER_SHARE"), denominator(figures, "ONLINE_DOSSIER_SHARE_REPORTED"),
                            percent(figures, "ONLINE_DOSSIER_SHARE_REPORTED"), value(figures, "DOSSIERS_NOT_ENTERED")));
            case 3 -> reportSystems(subtitle, unit, from, to);
            case 4 -> byUnit("Phụ lục 4", "PHỤ LỤC 4. TÌNH HÌNH GIẢI QUYẾT HỒ SƠ", subtitle, unit, from, to, tier,
                    List.of(Column.number("resolved", "Số hồ sơ đã giải quyết"),
                            Column.number("onTime", "Giải quyết đúng hạn"),
                            Column.percent("onTimePercent", "Tỷ lệ đúng hạn"),
                            Column.number("late", "Giải quyết quá hạn"),
                            Column.percent("latePercent", "Tỷ lệ quá hạn"),
                            Column.number("openOverdue", "Hồ sơ đang xử lý quá hạn"),
                            Column.number("apologised", "Hồ sơ quá hạn có phiếu xin lỗi đúng quy định"),
                            Column.percent("apologisedPercent", "Tỷ lệ có phiếu xin lỗi đúng quy định")),
                    figures -> Arrays.asList(denominator(figures, "ON_TIME_RESOLUTION"), numerator(figures, "ON_TIME_RESOLUTION"),
                            percent(figures, "ON_TIME_RESOLUTION"), numerator(figures, "LATE_RESOLUTION"),
                            percent(figures, "LATE_RESOLUTION"), value(figures, "OPEN_OVERDUE"),
                            numerator(figures, "APOLOGY_COMPLIANCE"), percent(figures, "APOLOGY_COMPLIANCE")));
            case 5 -> payments(subtitle, unit, from, to);
            case 6 -> tasks(unit, to);
            default -> throw ProblemException.notFound("There are appendices 1 to 6; no appendix " + number);
        };
    }

    /** Said when the figures of dossiers rest on units that have stopped sending (docs/counting-rules.md, "Sources"). */
    private String quietNote(String unit) {
        List<String> quiet = peers.quietUnits(unit).stream().map(KpiApi.UnitFreshness::unitCode).toList();
        if (quiet.isEmpty()) {
            return "";
        }
        String named = String.join(", ", quiet.subList(0, Math.min(5, quiet.size()))) + (quiet.size() > 5 ? "…" : "");
        return ". Lưu ý: " + quiet.size() + " đơn vị đã ngừng gửi dữ liệu (" + named + ")";
    }

    private Table byUnit(String sheet, String title, String subtitle, String unit, LocalDate from, LocalDate to,
                         Tier tier, List<Column> figureColumns, FigureCells cells) {
        List<Figure> whole = peers.scopeFigures(unit, from, to);
        Map<String, List<Figure>> byUnit = new LinkedHashMap<>();
        peers.everyUnitsFigures(unit, from, to).stream().filter(figure -> tier == null || tier == figure.tier())
                .forEach(figure -> byUnit.computeIfAbsent(figure.unitCode(), code -> new ArrayList<>()).add(figure));
        List<Column> columns = new ArrayList<>(UNIT_COLUMNS);
        columns.addAll(figureColumns);
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row(List.of("", "", unit == null ? WHOLE_PROVINCE : TOTAL, ""), cells.of(whole)));
        int number = 1;
        for (List<Figure> figures : byUnit.values()) {
            Figure any = figures.get(0);
            rows.add(row(Arrays.asList(number++, any.unitCode(), any.unitName(), VietnameseLabels.tier(any.tier())), cells.of(figures)));
        }
        return new Table(sheet, title, subtitle, columns, rows);
    }

    private Table reportSystems(String subtitle, String unit, LocalDate from, LocalDate to) {
        CompletionReport report = completion.of(null, null, unit, null, from, to, 0);
        List<Column> columns = List.of(Column.number("number", "STT"), Column.text("system", "Hệ thống báo cáo"),
                Column.text("formCode", "Mã biểu mẫu"), Column.text("formName", "Tên biểu mẫu, chỉ tiêu"),
                Column.number("expected", "Số báo cáo phải thực hiện"), Column.number("submitted", "Số báo cáo đã thực hiện"),
                Column.number("onTime", "Số báo cáo đúng hạn"), Column.number("online", "Số báo cáo trực tuyến"),
                Column.percent("completionPercent", "Tỷ lệ hoàn thành"), Column.percent("timelinessPercent", "Tỷ lệ đúng hạn"),
                Column.percent("onlinePercent", VietnameseLabels.indicator("ONLINE_REPORTING")));
        List<List<Object>> rows = new ArrayList<>();
        rows.add(rateRow(Arrays.asList("", TOTAL, "", ""), report.total()));
        int number = 1;
        for (FormCompletion form : report.forms()) {
            rows.add(rateRow(Arrays.asList(number++, form.systemName(), form.formCode(), form.formName()), form.rate()));
        }
        return new Table("Phụ lục 3", "PHỤ LỤC 3. TÌNH HÌNH THỰC HIỆN BÁO CÁO TRÊN CÁC HỆ THỐNG", subtitle, columns, rows);
    }

    private Table payments(String subtitle, String unit, LocalDate from, LocalDate to) {
        List<PaymentRow> payments = peers.paymentsByUnitAndField(unit, from, to);
        List<Column> columns = List.of(Column.number("number", "STT"), Column.text("unitCode", "Mã đơn vị"),
                Column.text("unitName", "Tên đơn vị"), Column.text("field", "Lĩnh vực"),
                Column.number("count", "Số giao dịch thanh toán trực tuyến"), Column.number("amountVnd", "Số tiền (đồng)"));
        List<List<Object>> rows = new ArrayList<>();
        rows.add(Arrays.asList("", "", TOTAL, "", payments.stream().mapToLong(PaymentRow::count).sum(),
                payments.stream().map(PaymentRow::amountVnd).reduce(BigInteger.ZERO, BigInteger::add)));
        payments.forEach(row -> rows.add(Arrays.asList(row.number(), row.unitCode(), row.unitName(), row.field(), row.count(),
                row.amountVnd())));
        return new Table("Phụ lục 5", "PHỤ LỤC 5. THANH TOÁN TRỰC TUYẾN", subtitle, columns, rows);
    }

    /** The campaign's tasks as they stood at the period's end (or now, if sooner): a line per task. */
    private Table tasks(String unit, LocalDate to) {
        Instant end = to.atStartOfDay(PortalTime.LOCAL_ZONE).toInstant();
        Instant at = end.isBefore(Instant.now()) ? end : Instant.now();
        KpiApi.TaskBoard board = peers.tasks(config.campaign(), unit, null, LocalTime.of(at));
        List<Column> columns = List.of(Column.number("number", "STT"), Column.text("code", "Mã nhiệm vụ"),
                Column.text("task", "Nhiệm vụ"), Column.text("deadline", "Thời hạn"),
                Column.number("assignees", "Số đơn vị được giao"), Column.number("done", "Hoàn thành đúng hạn"),
                Column.number("doneLate", "Hoàn thành trễ hạn"), Column.number("open", "Đang thực hiện, chưa đến hạn"),
                Column.number("overdue", "Quá hạn"), Column.text("overdueUnits", "Đơn vị quá hạn"));
        List<List<Object>> rows = new ArrayList<>();
        for (KpiApi.TaskLine task : board.tasks()) {
            String overdue = task.obligations().stream().filter(obligation -> "OVERDUE".equals(obligation.status()))
                    .map(KpiApi.TaskObligation::name).distinct().collect(Collectors.joining("; "));
            rows.add(Arrays.asList(rows.size() + 1, task.code(), task.title(), task.deadlineText(), task.assignees(),
                    task.counts().done(), task.counts().doneLate(), task.counts().open(), task.counts().overdue(), overdue));
        }
        return new Table("Phụ lục 6", "PHỤ LỤC 6. TÌNH HÌNH THỰC HIỆN NHIỆM VỤ CỦA KẾ HOẠCH " + config.campaign(),
                "Tính đến " + VietnameseLabels.moment(at) + " (quy tắc đếm phiên bản " + RulesVersion.CURRENT + ")",
                columns, rows);
    }

    private static List<Object> rateRow(List<Object> head, RateView rate) {
        return row(head, Arrays.asList(rate.expected(), rate.submitted(), rate.onTime(), rate.online(),
                rate.completion().percent(), rate.timeliness().percent(), rate.onlineShare().percent()));
    }

    private static List<Object> row(List<Object> head, List<Object> figures) {
        List<Object> row = new ArrayList<>(head);
        row.addAll(figures);
        return row;
    }

    private static Object numerator(List<Figure> figures, String code) {
        return part(figures, code, Figure::numerator);
    }

    private static Object denominator(List<Figure> figures, String code) {
        return part(figures, code, Figure::denominator);
    }

    private static Object percent(List<Figure> figures, String code) {
        return part(figures, code, Figure::percent);
    }

    private static Object value(List<Figure> figures, String code) {
        return part(figures, code, Figure::value);
    }

    /** One part of the indicator's figure; an indicator kpi-service did not serve leaves the cell empty. */
    private static Object part(List<Figure> figures, String code, Function<Figure, Object> part) {
        return figures.stream().filter(figure -> code.equals(figure.indicatorCode())).findFirst().map(part).orElse(null);
    }

    /** The figure cells of one row from one unit's (or the whole tree's) indicators. */
    @FunctionalInterface
    private interface FigureCells {
        List<Object> of(List<Figure> figures);
    }
}
