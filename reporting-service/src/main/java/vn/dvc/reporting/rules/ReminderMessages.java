package vn.dvc.reporting.rules;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.dvc.rules.time.PortalTime;

/**
 * The reminders as a Vietnamese official reads them in ten seconds (docs/operations.md, "Reminders"): the subject
 * gives every count ("[Chiến dịch DVCTT] Đơn vị X: 3 hồ sơ đến hạn đến hết ngày mai, 1 nhiệm vụ quá hạn"), the body one
 * section per kind with its most urgent items and a link to the dashboard view that lists them all; the webhook's
 * JSON carries the same facts with their codes.
 */
public final class ReminderMessages {

    public static final String SUBJECT_PREFIX = "[Chiến dịch DVCTT] ";
    private static final int ITEMS_SHOWN = 10;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");
    private static final String FOOTER = "Thư do hệ thống theo dõi Kế hoạch 170/KH-UBND gửi tự động; vui lòng không trả lời.";

    private ReminderMessages() {
    }

    /** The unit's digest of the day. */
    public static ReminderMessage digest(DigestFacts facts, String dashboardUrl) {
        String unit = facts.unitCode();
        String dueBy = "đến hết ngày " + (facts.nextWorkingDay().equals(facts.day().plusDays(1)) ? "mai"
                : DAY.format(facts.nextWorkingDay()));
        List<Section> sections = new ArrayList<>();
        if (facts.nearDue().total() > 0) {
            sections.add(new Section(facts.nearDue().total() + " hồ sơ đến hạn " + dueBy,
                    "chưa có văn bản xin lỗi (phải gửi trước hạn ít nhất một ngày)", dossierLines(facts.nearDue()),
                    link(dashboardUrl, "worklist", unit)));
        }
        if (facts.overdue().total() > 0) {
            sections.add(new Section(facts.overdue().total() + " hồ sơ quá hạn", "chưa trả kết quả",
                    dossierLines(facts.overdue()), link(dashboardUrl, "worklist", unit)));
        }
        if (!facts.tasksOverdue().isEmpty()) {
            sections.add(new Section(facts.tasksOverdue().size() + " nhiệm vụ quá hạn", "chưa báo cáo kết quả",
                    taskLines(facts.tasksOverdue()), link(dashboardUrl, "tasks", unit)));
        }
        if (!facts.tasksDueSoon().isEmpty()) {
            sections.add(new Section(facts.tasksDueSoon().size() + " nhiệm vụ sắp đến hạn", "chưa báo cáo kết quả",
                    taskLines(facts.tasksDueSoon()), link(dashboardUrl, "tasks", unit)));
        }
        if (!facts.reportsMissing().isEmpty()) {
            sections.add(new Section(facts.reportsMissing().size() + " báo cáo sắp đến hạn chưa gửi", "trong 2 ngày tới",
                    facts.reportsMissing().stream().limit(ITEMS_SHOWN).map(report -> report.formCode() + " kỳ "
                            + report.period() + " (" + report.unitCode() + ") — hạn " + time(report.deadline())).toList(),
                    link(dashboardUrl, "reports", unit)));
        }
        if (!facts.quietSources().isEmpty()) {
            sections.add(new Section(facts.quietSources().size() + " nguồn dữ liệu ngừng gửi",
                    "không có hồ sơ mới trong hai ngày làm việc", facts.quietSources().stream().limit(ITEMS_SHOWN).toList(),
                    link(dashboardUrl, "overview", unit)));
        }
        if (!facts.operations().isEmpty()) {
            sections.add(new Section(facts.operations().size() + " việc vận hành cần biết", "từ bản tin trước",
                    facts.operations().stream().limit(ITEMS_SHOWN).map(ReminderMessages::operationLine).toList(),
                    link(dashboardUrl, "downloads", unit)));
        }
        String subject = SUBJECT_PREFIX + "Đơn vị " + facts.unitName() + ": "
                + String.join(", ", sections.stream().map(Section::headline).toList());
        String opening = "Kính gửi: " + facts.unitName() + " (" + unit + ")\nTình hình ngày " + DAY.format(facts.day()) + ":";
        return new ReminderMessage(subject, text(opening, sections), html(opening, sections), digestFacts(facts, dashboardUrl));
    }

    /** A dossier of the unit due within hours with no apology letter: sent once per dossier. */
    public static ReminderMessage urgent(String unitCode, String unitName, DigestFacts.Dossier dossier, String dashboardUrl) {
        String subject = SUBJECT_PREFIX + "KHẨN — Đơn vị " + unitName + ": hồ sơ " + dossier.dossierId()
                + " đến hạn lúc " + time(dossier.dueAt()) + ", chưa có văn bản xin lỗi";
        Section section = new Section("Hồ sơ " + dossier.dossierId() + " đến hạn lúc " + time(dossier.dueAt()),
                "chưa trả kết quả và chưa có văn bản xin lỗi", List.of(), link(dashboardUrl, "worklist", unitCode));
        String opening = "Kính gửi: " + unitName + " (" + unitCode + ")";
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("type", "URGENT");
        facts.put("unit", unitCode);
        facts.put("unitName", unitName);
        facts.put("dossierId", dossier.dossierId());
        facts.put("dueAt", dossier.dueAt().toString());
        facts.put("link", section.link());
        return new ReminderMessage(subject, text(opening, List.of(section)), html(opening, List.of(section)), facts);
    }

    private static String operationLine(DigestFacts.Operation operation) {
        String what = switch (operation.what()) {
            case DigestFacts.Operation.BULLETIN_MADE -> "Đã lập bản tin số " + operation.detail();
            case DigestFacts.Operation.IMPORT_FAILED -> "Tệp nhập lịch sử không đọc được"
                    + (operation.unitCode() == null ? "" : " (gửi bằng khóa của " + operation.unitCode() + ")")
                    + ": lần nhập " + operation.detail();
            default -> "Không gửi được số liệu lên Hệ thống đo lường: đơn vị " + operation.unitCode() + ", " + operation.detail();
        };
        return what + " (" + time(operation.at()) + ")";
    }

    private static List<String> dossierLines(DigestFacts.Dossiers dossiers) {
        List<String> lines = new ArrayList<>(dossiers.first().stream().limit(ITEMS_SHOWN)
                .map(dossier -> dossier.dossierId() + " — hạn " + time(dossier.dueAt())).toList());
        long more = dossiers.total() - lines.size();
        if (more > 0) {
            lines.add("và " + more + " hồ sơ khác");
        }
        return lines;
    }

    private static List<String> taskLines(List<DigestFacts.Task> tasks) {
        return tasks.stream().limit(ITEMS_SHOWN).map(task -> "Nhiệm vụ " + task.code() + ": " + task.title() + " ("
                + task.unitName() + ") — hạn " + time(task.dueAt())).toList();
    }

    private static String text(String opening, List<Section> sections) {
        StringBuilder text = new StringBuilder(opening).append("\n");
        for (Section section : sections) {
            text.append("\n- ").append(section.headline()).append(", ").append(section.detail()).append(":\n");
            section.lines().forEach(line -> text.append("    • ").append(line).append("\n"));
            text.append("  Xem: ").append(section.link()).append("\n");
        }
        return text.append("\n").append(FOOTER).append("\n").toString();
    }

    private static String html(String opening, List<Section> sections) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"vi\"><meta charset=\"utf-8\"><body>");
        opening.lines().forEach(line -> html.append("<p>").append(escape(line)).append("</p>"));
        for (Section section : sections) {
            html.append("<h3>").append(escape(section.headline())).append("</h3><p>").append(escape(section.detail()))
                    .append("</p><ul>");
            section.lines().forEach(line -> html.append("<li>").append(escape(line)).append("</li>"));
            html.append("</ul><p><a href=\"").append(escape(section.link())).append("\">Xem trên bảng điều khiển</a></p>");
        }
        return html.append("<p><small>").append(escape(FOOTER)).append("</small></p></body></html>").toString();
    }

    private static Map<String, Object> digestFacts(DigestFacts facts, String dashboardUrl) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("type", "DIGEST");
        json.put("unit", facts.unitCode());
        json.put("unitName", facts.unitName());
        json.put("day", facts.day().toString());
        json.put("nearDue", dossiersJson(facts.nearDue(), facts.nextWorkingDay()));
        json.put("overdue", dossiersJson(facts.overdue(), null));
        json.put("tasksOverdue", facts.tasksOverdue().stream().map(ReminderMessages::taskJson).toList());
        json.put("tasksDueSoon", facts.tasksDueSoon().stream().map(ReminderMessages::taskJson).toList());
        json.put("reportsMissing", facts.reportsMissing().stream().map(report -> {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("form", report.formCode());
            one.put("indicator", report.indicatorCode());
            one.put("unit", report.unitCode());
            one.put("period", report.period());
            one.put("deadline", report.deadline().toString());
            return one;
        }).toList());
        json.put("quietSources", facts.quietSources());
        json.put("operations", facts.operations().stream().map(operation -> {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("what", operation.what());
            one.put("unit", operation.unitCode());
            one.put("detail", operation.detail());
            one.put("at", operation.at().toString());
            return one;
        }).toList());
        json.put("link", link(dashboardUrl, "worklist", facts.unitCode()));
        return json;
    }

    private static Map<String, Object> dossiersJson(DigestFacts.Dossiers dossiers, LocalDate dueBy) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("total", dossiers.total());
        if (dueBy != null) {
            json.put("dueBy", dueBy.toString());
        }
        json.put("dossiers", dossiers.first().stream().map(dossier -> Map.of("dossierId", dossier.dossierId(),
                "dueAt", dossier.dueAt().toString())).toList());
        return json;
    }

    private static Map<String, Object> taskJson(DigestFacts.Task task) {
        return Map.of("task", task.code(), "title", task.title(), "unitName", task.unitName(), "dueAt", task.dueAt().toString());
    }

    /** The dashboard view with its URL state (view and unit). */
    static String link(String dashboardUrl, String view, String unit) {
        return dashboardUrl + "?view=" + view + "&unit=" + URLEncoder.encode(unit, StandardCharsets.UTF_8);
    }

    /** Local time; a deadline at midnight is the end of the day before, as offices say it. */
    private static String time(Instant instant) {
        java.time.ZonedDateTime local = instant.atZone(PortalTime.LOCAL_ZONE);
        if (local.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)) {
            return "hết ngày " + DAY.format(local.minusDays(1));
        }
        return TIME.format(local);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private record Section(String headline, String detail, List<String> lines, String link) {
    }
}
