package vn.dvc.reporting.service;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import vn.dvc.reporting.model.BulletinView.FailedPush;
import vn.dvc.reporting.model.BulletinView.IndicatorLine;
import vn.dvc.reporting.model.BulletinView.OverdueTask;
import vn.dvc.reporting.model.BulletinView.OverdueTasks;
import vn.dvc.reporting.model.BulletinView.QualityFlag;
import vn.dvc.reporting.model.BulletinView.QuietUnit;
import vn.dvc.reporting.model.BulletinView.Section;
import vn.dvc.reporting.model.BulletinView.Sources;
import vn.dvc.reporting.model.BulletinView.UndeliveredReminder;
import vn.dvc.reporting.model.BulletinView.UnitLine;
import vn.dvc.reporting.model.BulletinView;
import vn.dvc.reporting.reminders.Delivery;
import vn.dvc.reporting.rules.VietnameseLabels;
import vn.dvc.reporting.sheet.Column;
import vn.dvc.reporting.sheet.Table;

/** A bulletin as workbook tables: one sheet per section (departments, districts), a line per unit. */
public final class BulletinSheets {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final DateTimeFormatter MADE_AT = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");

    private BulletinSheets() {
    }

    public static List<Table> of(BulletinView bulletin) {
        List<Table> tables = new ArrayList<>(bulletin.sections().stream().map(section -> table(bulletin, section)).toList());
        if (bulletin.sources() != null) {
            tables.add(sources(bulletin));
        }
        if (bulletin.overdueTasks() != null) {
            tables.add(overdueTasks(bulletin));
        }
        if (bulletin.score766() != null) {
            tables.add(score766(bulletin));
        }
        return tables;
    }

    /** "Chỉ số 766": each part of the estimate, its rate's sides and points, and what data it lacks. */
    public static Table score766(BulletinView bulletin) {
        BulletinView.Score766 score = bulletin.score766();
        List<List<Object>> rows = new ArrayList<>();
        for (BulletinView.ScorePart part : score.parts()) {
            rows.add(Arrays.asList(rows.size() + 1, part.code(), part.label(), part.numerator(), part.denominator(),
                    part.percent() == null ? null : BigDecimal.valueOf(part.percent()),
                    part.points() == null ? null : BigDecimal.valueOf(part.points()), part.max(), text(part.missing())));
        }
        rows.add(Arrays.asList(null, "", "Tổng điểm đo được", null, null, null, BigDecimal.valueOf(score.measuredPoints()),
                score.measuredMax(), "Tổng điểm của bộ chỉ số: " + score.max()));
        List<Column> columns = List.of(Column.number("number", "STT"), Column.text("code", "Mã chỉ số"),
                Column.text("label", "Chỉ số thành phần"), Column.number("numerator", "Tử số"), Column.number("denominator", "Mẫu số"),
                Column.percent("percent", "Tỷ lệ"), Column.decimal("points", "Điểm"), Column.number("max", "Điểm tối đa"),
                Column.text("missing", "Ghi chú"));
        return new Table("Chỉ số 766", "CHỈ SỐ PHỤC VỤ NGƯỜI DÂN, DOANH NGHIỆP (QUYẾT ĐỊNH 766) – " + bulletin.campaign(),
                "Ước tính theo bảng điểm " + score.version() + " (tái dựng); số liệu " + VietnameseLabels.period(bulletin.from(),
                bulletin.asOf().plusDays(1)) + "; lập lúc " + MADE_AT.format(bulletin.madeAt()), columns, rows);
    }

    /** "Nhiệm vụ quá hạn": per department and district, each task it or a unit below it is overdue on. */
    public static Table overdueTasks(BulletinView bulletin) {
        List<List<Object>> rows = new ArrayList<>();
        for (OverdueTasks unit : bulletin.overdueTasks()) {
            for (OverdueTask task : unit.tasks()) {
                rows.add(List.of(rows.size() + 1, unit.unitCode(), text(unit.unitName()), task.code(), task.title(),
                        task.deadline(), task.overdueUnits().size(), String.join("; ", task.overdueUnits())));
            }
        }
        List<Column> columns = List.of(Column.number("number", "STT"), Column.text("unitCode", "Mã đơn vị"),
                Column.text("unitName", "Sở, ngành, địa phương"), Column.text("taskCode", "Mã nhiệm vụ"),
                Column.text("task", "Nhiệm vụ"), Column.text("deadline", "Thời hạn"),
                Column.number("overdueUnits", "Số đơn vị quá hạn"), Column.text("units", "Đơn vị quá hạn"));
        return new Table("Nhiệm vụ quá hạn", "NHIỆM VỤ QUÁ HẠN – " + bulletin.campaign(),
                "Tính đến " + MADE_AT.format(bulletin.madeAt()), columns, rows);
    }

    /** The warnings on what the figures rest on: quiet units, data-quality flags, pushes given up. */
    public static Table sources(BulletinView bulletin) {
        Sources sources = bulletin.sources();
        List<List<Object>> rows = new ArrayList<>();
        for (QuietUnit unit : sources.quietUnits()) {
            rows.add(List.of(rows.size() + 1, "Đơn vị ngừng gửi dữ liệu", unit.unitCode(), text(unit.unitName()),
                    "Không có sự kiện mới trong " + unit.silentWorkingDays() + " ngày làm việc"
                            + (unit.latestEventAt() == null ? "" : "; lần cuối " + MADE_AT.format(unit.latestEventAt()))));
        }
        for (QualityFlag flag : sources.qualityFlags()) {
            rows.add(List.of(rows.size() + 1, flag.label(), flag.unitCode(), text(flag.unitName()),
                    VietnameseLabels.period(flag.from(), flag.to())));
        }
        for (FailedPush push : sources.failedPushes()) {
            rows.add(List.of(rows.size() + 1, "Không gửi được số liệu lên Hệ thống đo lường", push.unitCode(), "",
                    VietnameseLabels.period(push.from(), push.to()) + "; " + push.attempts() + " lần gửi"
                            + (push.lastHttpStatus() == null ? "" : "; mã trả lời " + push.lastHttpStatus())));
        }
        for (UndeliveredReminder reminder : sources.undeliveredReminders()) {
            rows.add(List.of(rows.size() + 1, "Không gửi được nhắc việc (" + VietnameseLabels.reminderChannel(reminder.channel())
                    + ")", reminder.unitCode(), "", (Delivery.URGENT.equals(reminder.type()) ? "Thông báo khẩn, hồ sơ "
                    : "Bản tin ngày ") + reminder.slot() + "; " + reminder.attempts() + " lần gửi"
                    + (reminder.lastError() == null ? "" : "; " + reminder.lastError())));
        }
        List<Column> columns = List.of(Column.number("number", "STT"), Column.text("warning", "Cảnh báo"),
                Column.text("unitCode", "Mã đơn vị"), Column.text("unitName", "Tên đơn vị"), Column.text("detail", "Chi tiết"));
        return new Table("Nguồn dữ liệu", "CẢNH BÁO NGUỒN DỮ LIỆU – " + bulletin.campaign(),
                "Lập lúc " + MADE_AT.format(bulletin.madeAt()), columns, rows);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static Table table(BulletinView bulletin, Section section) {
        List<String> codes = section.indicatorCodes();
        List<Column> columns = new ArrayList<>(List.of(Column.number("number", "STT"), Column.text("unitCode", "Mã đơn vị"),
                Column.text("unitName", "Tên đơn vị")));
        for (String code : codes) {
            String label = VietnameseLabels.indicator(code);
            boolean ratio = section.units().stream().flatMap(unit -> unit.indicators().stream())
                    .anyMatch(line -> line.code().equals(code) && line.percent() != null);
            columns.add(ratio ? Column.percent(code, label) : Column.number(code, label));
            columns.add(Column.decimal(code + ".target", "Chỉ tiêu"));
            columns.add(Column.decimal(code + ".change", "Thay đổi so với bản tin trước"));
            columns.add(Column.number(code + ".rank", "Xếp hạng"));
        }
        columns.add(Column.number("openOverdue", "Hồ sơ đang xử lý quá hạn"));
        columns.add(Column.number("nearDue", "Hồ sơ sắp đến hạn"));
        columns.add(Column.number("missingReports", "Báo cáo quá hạn chưa nộp"));
        List<List<Object>> rows = new ArrayList<>();
        int number = 1;
        for (UnitLine unit : section.units()) {
            List<Object> row = new ArrayList<>(List.of(number++, unit.unitCode(), unit.unitName() == null ? "" : unit.unitName()));
            for (String code : codes) {
                IndicatorLine line = unit.line(code);
                row.add(line == null ? null : line.percent() != null ? line.percent() : line.value());
                row.add(line == null ? null : line.target());
                row.add(line == null ? null : line.change());
                row.add(line == null ? null : line.rank());
            }
            row.add(unit.openOverdue());
            row.add(unit.nearDue());
            row.add(unit.missingReports());
            rows.add(row);
        }
        String title = "BẢN TIN TIẾN ĐỘ " + bulletin.campaign() + " – " + section.title().toUpperCase(VIETNAMESE);
        String subtitle = "Số liệu " + VietnameseLabels.period(bulletin.from(), bulletin.asOf().plusDays(1))
                + "; lập lúc " + MADE_AT.format(bulletin.madeAt()) + quietNote(bulletin, section);
        return new Table(VietnameseLabels.tier(section.tier()), title, subtitle, columns, rows);
    }

    /** Said where a section's figures rest on units that have stopped sending. */
    private static String quietNote(BulletinView bulletin, Section section) {
        if (bulletin.sources() == null) {
            return "";
        }
        long quiet = section.units().stream().filter(unit -> bulletin.sources().quietUnits().stream()
                .anyMatch(q -> q.unitCode().equals(unit.unitCode()))).count();
        return quiet == 0 ? "" : ". Lưu ý: số liệu của " + quiet + " đơn vị đã ngừng gửi dữ liệu (xem trang Nguồn dữ liệu)";
    }
}
