package vn.dvc.dossier.feedback;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.dvc.contracts.quality.FeedbackItemChanged.Step;
import vn.dvc.contracts.quality.FeedbackStep;
import vn.dvc.dossier.imports.HeaderNames;
import vn.dvc.problem.Violation;
import vn.dvc.rules.time.PortalTime;

/**
 * One feedback item as a feedback system tells it (docs/dvcqg-sync.md, "Feedback items": no national field names were
 * found, so the suite's own): {@code id}, {@code unitCode}, {@code receivedAt}, {@code steps[{kind, at, toUnit}]},
 * {@code likes}, {@code dislikes}, {@code reRaised}, {@code dossierId}. Nothing else is read: not the sender, their
 * address or phone, nor what the item says.
 */
public final class FeedbackForms {

    private static final String CODE = "[A-Za-z0-9._\\-/]+";
    private static final int MAX_ID = 80;
    private static final int MAX_STEPS = 100;
    /** The words feedback systems use for each step, compared without diacritics, case or spaces. */
    private static final Map<String, FeedbackStep> WORDS = Map.ofEntries(
            Map.entry("chuyenxuly", FeedbackStep.TRANSFERRED), Map.entry("chuyen", FeedbackStep.TRANSFERRED),
            Map.entry("tuchoi", FeedbackStep.REFUSED), Map.entry("tuchoixuly", FeedbackStep.REFUSED),
            Map.entry("yeucaubosung", FeedbackStep.SUPPLEMENT_REQUESTED),
            Map.entry("daxuly", FeedbackStep.HANDLED), Map.entry("traloi", FeedbackStep.HANDLED), Map.entry("datraloi", FeedbackStep.HANDLED),
            Map.entry("congkhai", FeedbackStep.PUBLISHED), Map.entry("congkhaiketqua", FeedbackStep.PUBLISHED));

    private FeedbackForms() {
    }

    /** The item, or every violation naming its field. */
    public record Read(FeedbackTold item, List<Violation> violations) {
    }

    public static Read read(JsonNode node) {
        List<Violation> violations = new ArrayList<>();
        String id = code(node, "id", MAX_ID, true, violations);
        String unit = code(node, "unitCode", 50, true, violations);
        String dossier = code(node, "dossierId", 100, false, violations);
        Optional<Instant> received = time(node.path("receivedAt"));
        if (received.isEmpty()) {
            violations.add(new Violation("receivedAt", "is required: ISO-8601 or yyyyMMddHHmmss, local to Asia/Ho_Chi_Minh without an offset"));
        }
        List<Step> steps = steps(node.path("steps"), violations);
        int likes = count(node, "likes", violations);
        int dislikes = count(node, "dislikes", violations);
        JsonNode reRaised = node.path("reRaised");
        if (!reRaised.isMissingNode() && !reRaised.isNull() && !reRaised.isBoolean()) {
            violations.add(new Violation("reRaised", "must be true or false"));
        }
        if (!violations.isEmpty()) {
            return new Read(null, List.copyOf(violations));
        }
        return new Read(new FeedbackTold(id, unit, received.get(), steps, likes, dislikes, reRaised.asBoolean(false), dossier), List.of());
    }

    private static List<Step> steps(JsonNode node, List<Violation> violations) {
        List<Step> steps = new ArrayList<>();
        if (node.isMissingNode() || node.isNull()) {
            return steps;
        }
        if (!node.isArray() || node.size() > MAX_STEPS) {
            violations.add(new Violation("steps", "must be an array of at most " + MAX_STEPS + " steps"));
            return steps;
        }
        for (int i = 0; i < node.size(); i++) {
            JsonNode step = node.get(i);
            Optional<FeedbackStep> kind = kind(step.path("kind").asText(""));
            Optional<Instant> at = time(step.path("at"));
            String toUnit = code(step, "toUnit", 50, false, new ArrayList<>());
            if (kind.isEmpty()) {
                violations.add(new Violation("steps[" + i + "].kind", "must be TRANSFERRED, REFUSED, SUPPLEMENT_REQUESTED, HANDLED or "
                        + "PUBLISHED (or Chuyển xử lý, Từ chối, Yêu cầu bổ sung, Đã xử lý, Công khai)"));
            }
            if (at.isEmpty()) {
                violations.add(new Violation("steps[" + i + "].at", "is required: a time"));
            }
            if (kind.orElse(null) == FeedbackStep.TRANSFERRED && toUnit == null) {
                violations.add(new Violation("steps[" + i + "].toUnit", "is required for a transfer: the unit's code"));
            }
            if (kind.isPresent() && at.isPresent()) {
                steps.add(new Step(kind.get(), at.get(), kind.get() == FeedbackStep.TRANSFERRED ? toUnit : null));
            }
        }
        return steps;
    }

    static Optional<FeedbackStep> kind(String text) {
        String value = text.trim();
        for (FeedbackStep step : FeedbackStep.values()) {
            if (step.name().equalsIgnoreCase(value)) {
                return Optional.of(step);
            }
        }
        return Optional.ofNullable(WORDS.get(HeaderNames.key(value)));
    }

    private static Optional<Instant> time(JsonNode node) {
        String text = node.asText("").trim();
        return text.length() > 40 ? Optional.empty() : PortalTime.parse(text);
    }

    private static String code(JsonNode node, String field, int max, boolean required, List<Violation> violations) {
        String value = node.path(field).asText("").trim();
        if (value.isEmpty()) {
            if (required) {
                violations.add(new Violation(field, "is required"));
            }
            return null;
        }
        if (value.length() > max || !value.matches(CODE)) {
            violations.add(new Violation(field, "may contain only letters, digits, '.', '_', '-' and '/', at most " + max));
            return null;
        }
        return value;
    }

    private static int count(JsonNode node, String field, List<Violation> violations) {
        JsonNode value = node.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return 0;
        }
        if (!value.canConvertToInt() || !value.isIntegralNumber() || value.asInt() < 0) {
            violations.add(new Violation(field, "must be a whole number, zero or more"));
            return 0;
        }
        return value.asInt();
    }
}
