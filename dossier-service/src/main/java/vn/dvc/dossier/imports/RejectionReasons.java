package vn.dvc.dossier.imports;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dvc.dossier.imports.RowReader.Reason;
import vn.dvc.problem.Problem;

/**
 * An intake's refusal said in Vietnamese for the rejections file an office reads: each of the intake's messages has
 * its sentence, tried in order (the most particular first), naming the rule and never the value refused — a cell in
 * the wrong column may hold personal data; one without a sentence (a new rule) keeps its own words behind
 * "bị từ chối", any quoted value taken out.
 */
public final class RejectionReasons {

    private static final List<Map.Entry<Pattern, String>> SENTENCES = List.of(
            Map.entry(Pattern.compile("^is required.*for status (\\S+).*"), "bắt buộc với trạng thái $1"),
            Map.entry(Pattern.compile("^is required on the event that opens a dossier$"), "bắt buộc ở sự kiện đầu tiên của hồ sơ (tiếp nhận)"),
            Map.entry(Pattern.compile("^is required on a (\\S+) event$"), "bắt buộc với sự kiện $1"),
            Map.entry(Pattern.compile("^is required.*"), "thiếu giá trị"),
            Map.entry(Pattern.compile("^unit (.+) is not known$"), "mã đơn vị chưa có trong danh mục đơn vị"),
            Map.entry(Pattern.compile("^service (.+) is not known$"), "mã thủ tục chưa có trong danh mục thủ tục"),
            Map.entry(Pattern.compile("^is not a plausible time.*"), "thời điểm không hợp lý (trước năm 2000 hoặc sau ngày mai)"),
            Map.entry(Pattern.compile("^must be after occurredAt.*"), "phải sau thời điểm của sự kiện"),
            Map.entry(Pattern.compile("^is more than 5 years after occurredAt$"), "cách thời điểm của sự kiện hơn 5 năm"),
            Map.entry(Pattern.compile("^'(.*)' is neither a known status name nor a DVCQG code 1–10$"),
                    "không phải trạng thái: tên trạng thái, mã 1–10 của Cổng DVCQG hoặc cách viết tiếng Việt (Đã tiếp nhận, Hoàn thành, Đã trả kết quả…)"),
            Map.entry(Pattern.compile("^must be a status code 1–10.*"), "phải là mã trạng thái 1–10 (hoặc cách viết tiếng Việt)"),
            Map.entry(Pattern.compile("^must be an amount of đồng, zero or more$"), "phải là số tiền (đồng), không âm"),
            Map.entry(Pattern.compile("^must be 1 \\(direct\\), 2 \\(online\\) or 3 \\(postal\\)$"),
                    "phải là 1 (trực tiếp), 2 (trực tuyến) hoặc 3 (bưu chính)"),
            Map.entry(Pattern.compile("^'(.*)' is not an ISO-8601 time.*"), "không phải thời điểm"),
            Map.entry(Pattern.compile("^is not a time.*"), "không phải thời điểm (yyyyMMddHHmmss)"),
            Map.entry(Pattern.compile("^may contain only letters.*"), "chỉ được gồm chữ, số và các dấu . _ - /"),
            Map.entry(Pattern.compile("^is longer than (\\d+) characters$"), "dài quá $1 ký tự"),
            Map.entry(Pattern.compile("^the dossier was received at (\\S+).*"), "mâu thuẫn: hồ sơ đã được tiếp nhận lúc $1"),
            Map.entry(Pattern.compile("^the dossier already ended as (\\S+).*"), "mâu thuẫn: hồ sơ đã kết thúc ($1)"),
            Map.entry(Pattern.compile("^the dossier ended at (\\S+).*"), "mâu thuẫn: hồ sơ đã kết thúc lúc $1"));

    private RejectionReasons() {
    }

    /** Each of the problem's fields with its reason; a problem naming none is one reason of its own. */
    public static List<Reason> of(Problem problem) {
        if (problem.violations() == null || problem.violations().isEmpty()) {
            return List.of(new Reason("", sentence(problem.detail() == null ? problem.title() : problem.detail())));
        }
        return problem.violations().stream().map(violation -> new Reason(violation.field(), sentence(violation.message()))).toList();
    }

    static String sentence(String message) {
        for (Map.Entry<Pattern, String> entry : SENTENCES) {
            Matcher matcher = entry.getKey().matcher(message);
            if (matcher.matches()) {
                return matcher.replaceFirst(entry.getValue());
            }
        }
        return "bị từ chối: " + message.replaceAll("'[^']*'|\"[^\"]*\"|“[^”]*”", "…");
    }
}
